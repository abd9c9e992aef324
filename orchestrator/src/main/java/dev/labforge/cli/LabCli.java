package dev.labforge.cli;

import dev.labforge.workflow.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The `lab` command. Thin: each subcommand parses its options, calls one {@link CliBackend} entry
 * point and prints; every failure goes through {@link ExceptionMapper} to an exit code.
 * {@link #run(PrintWriter, PrintWriter, String...)} runs it in-process (tests); {@link #main} exits.
 */
@Command(name = "lab",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"labforge: one lab spec to a working containerlab + kind + Calico + ToR lab, deployed and "
                + "verified.",
            "A lab is a folder with a lab.yaml (see docs/spec.md). `lab up` renders it, deploys it with"
                + " the embedded netns runtime (real FRR and BIRD in network namespaces) or with containerlab"
                + " + kind, waits for BGP on both ends and checks routes and pings."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab doctor                               what this machine still needs",
            "  ./lab new labs/11-my-lab                   start a new lab",
            "  ./lab validate labs/10-calico-bgp-ippool   every error at once",
            "  ./lab up labs/10-calico-bgp-ippool         deploy and verify",
            "  ./lab down labs/10-calico-bgp-ippool       remove it again",
            "",
            "Run `lab <command> --help` for a command's options and examples."
        },
        subcommands = {
            NewCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            UpCommand.class,
            VerifyCommand.class,
            StatusCommand.class,
            ExecCommand.class,
            DownCommand.class,
            TestCommand.class,
            ReportCommand.class,
            GraphCommand.class,
            GuideCommand.class,
            DoctorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LabCli implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of failures (for bug reports).")
    boolean debug;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No ANSI colours (also off when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    private final CliBackend backend;
    private final Map<String, String> env;
    private final boolean terminal;
    private final boolean ownStreams;
    private final PrintWriter out;
    private final PrintWriter err;

    LabCli(CliBackend backend, Map<String, String> env, boolean terminal, boolean ownStreams, PrintWriter out, PrintWriter err) {
        this.backend = backend;
        this.env = env;
        this.terminal = terminal;
        this.ownStreams = ownStreams;
        this.out = out;
        this.err = err;
    }

    /** `lab` alone: a usage error that shows the commands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs `lab args...` in-process against the real backend; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(DefaultBackend.create(), System.getenv(), false, out, err, args);
    }

    /** Runs `lab args...` in-process with the given backend and environment; returns the exit code. */
    static int run(CliBackend backend, Map<String, String> env, boolean terminal,
                   PrintWriter out, PrintWriter err, String... args) {
        return run(backend, env, terminal, false, out, err, args);
    }

    /** {@code ownStreams}: out and err are this process's own stdout and stderr (main), so `lab exec` can hand them on. */
    static int run(CliBackend backend, Map<String, String> env, boolean terminal, boolean ownStreams,
                   PrintWriter out, PrintWriter err, String... args) {
        LabCli root = new LabCli(backend, env, terminal, ownStreams, out, err);
        CommandLine cmd = commandLine(root);
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(LabCli root) {
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(root.out);
        cmd.setErr(root.err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, line, parsed) ->
                ExceptionMapper.handle(ex, root.out, root.err, root.style(), root.debug));
        cmd.setParameterExceptionHandler(LabCli::usageError);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                root.colorWanted() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // --no-color is known only after parsing: decide the help colours then, before help prints.
        cmd.setExecutionStrategy(parsed -> {
            CommandLine.Help.ColorScheme scheme = CommandLine.Help.defaultColorScheme(
                    root.colorWanted() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
            for (CommandLine c = parsed.commandSpec().commandLine(); c != null; c = c.getParent()) {
                c.setColorScheme(scheme);
            }
            parsed.asCommandLineList().forEach(c -> c.setColorScheme(scheme));
            return new CommandLine.RunLast().execute(parsed);
        });
        addExitCodes(cmd);
        listGuideRegions(cmd);
        examplesBeforeExitCodes(cmd);
        return cmd;
    }

    /** picocli usage errors: the message, a "did you mean", the synopsis and where to find examples. Exit 2. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        if (java.util.Arrays.asList(args).contains("--no-color")) {
            c.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        PrintWriter w = c.getErr();
        w.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, w);
        w.print(c.getHelp().fullSynopsis());
        w.println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for options and examples.");
        w.flush();
        return ExitCodes.INVALID;
    }

    /** Every command's help ends with the exit codes; exec and doctor say where they differ. */
    private static void addExitCodes(CommandLine cmd) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "ok");
        codes.put("1", "verification failed (a BGP, route or ping check)");
        codes.put("2", "invalid spec or command line");
        codes.put("3", "environment or preflight failed (see `lab doctor`)");
        codes.put("4", "internal error (re-run with --debug)");
        codes.put("130", "interrupted");
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            Map<String, String> own = new LinkedHashMap<>(codes);
            String name = sub.getCommandName();
            if (name.equals("exec")) {
                own.clear();
                own.put("n", "the command's own exit code, when it ran");
                own.put("2", "unknown lab or target (the message lists the valid targets)");
                own.put("3", "the runtime is unavailable (see `lab doctor`)");
                own.put("4", "internal error (re-run with --debug)");
                own.put("124", "the command ran longer than --timeout");
                own.put("130", "interrupted");
            }
            if (name.equals("guide")) {
                own.clear();
                own.put("0", "the guide was written or updated; --check: every region matches the lab");
                own.put("1", "--check: a region drifted (each is printed with its line and a diff)");
                own.put("2", "a malformed guide (unclosed, nested or duplicated region, unknown region or target)"
                        + " or command line; each problem as file:line");
                own.put("3", "the lab is not up (start it, or use --run) or the runtime is unavailable");
                own.put("4", "internal error (re-run with --debug)");
                own.put("130", "interrupted");
            }
            if (name.equals("doctor")) {
                own.clear();
                own.put("0", "the runtime can run here (auto: at least one runtime can)");
                own.put("3", "something is missing; each line says the command that fixes it");
            }
            if (name.equals("report")) {
                own.clear();
                own.put("0", "merged (input folders with problems are named in warnings and in report.html)");
                own.put("2", "nothing to merge (no input holds a readable lab report), or a bad command line");
                own.put("4", "internal error (re-run with --debug)");
            }
            if (!name.equals("help")) {
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(own);
                sub.getSubcommands().values().forEach(nested ->
                        nested.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(own));
            }
        }
    }

    /** `lab guide --help` lists every region id it understands, from the registry. */
    private static void listGuideRegions(CommandLine cmd) {
        CommandLine guide = cmd.getSubcommands().get("guide");
        java.util.List<String> description = new java.util.ArrayList<>(java.util.List.of(guide.getCommandSpec().usageMessage().description()));
        dev.labforge.guide.content.RegionTypes.usages().forEach(u -> description.add("  " + u));
        guide.getCommandSpec().usageMessage().description(description.toArray(String[]::new));
    }

    private static void examplesBeforeExitCodes(CommandLine cmd) {
        java.util.List<String> keys = new java.util.ArrayList<>(cmd.getHelpSectionKeys());
        keys.removeAll(java.util.List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST));
        keys.add(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING);
        keys.add(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);
        cmd.setHelpSectionKeys(keys);
        cmd.getSubcommands().values().forEach(sub -> {
            sub.setHelpSectionKeys(keys);
            sub.getSubcommands().values().forEach(nested -> nested.setHelpSectionKeys(keys));
        });
    }

    boolean colorWanted() {
        return terminal && !noColor && env.get("NO_COLOR") == null;
    }

    Style style() {
        return new Style(colorWanted());
    }

    CliBackend backend() {
        return backend;
    }

    Map<String, String> env() {
        return env;
    }

    /** True when labforge runs as its own process on its own stdin, stdout and stderr (not in-process, as in tests). */
    boolean ownStreams() {
        return ownStreams;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Console console() {
        return new TerminalConsole(out, err, style());
    }

    public static void main(String[] args) {
        System.exit(runInterruptibly(DefaultBackend.create(), args));
    }

    /**
     * Runs with the real terminal. On Ctrl-C (SIGINT) the JVM starts shutting down; the hook then
     * interrupts the command so the workflow can stop its processes and clean up, and waits for it
     * (at most 30 s) before the JVM exits with 130.
     */
    static int runInterruptibly(CliBackend backend, String... args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Thread mainThread = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (finished.getCount() > 0) {
                mainThread.interrupt();
                try {
                    finished.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "lab-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(backend, System.getenv(), System.console() != null, true, out, err, args);
        } finally {
            out.flush();
            err.flush();
            finished.countDown();
        }
    }

    /** UTF-8 regardless of the locale, so ✓/✗ survive a C locale (CI containers). */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
