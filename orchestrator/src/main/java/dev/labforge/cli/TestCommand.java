package dev.labforge.cli;

import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.shard.Shard;
import dev.labforge.workflow.UpOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test",
        description = "For each lab: up, verify, down (down also when a check fails). For CI: with --report-dir every"
                + " lab gets <dir>/<lab>/report.json and junit.xml. Every lab runs even when another fails"
                + " (an invalid spec too); the summary lists each. Exit 0 when all passed, else the highest of the"
                + " failed labs' codes: 1 a check failed, 2 a spec is invalid, 3 preflight or deploy failed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab test labs/10-calico-bgp-ippool",
            "  ./lab test labs/* --runtime netns --report-dir reports --parallel 2",
            "  ./lab test labs/* --shard 2/4 --report-dir reports/shard-2",
            "  ./lab test labs/* --shard 2/4 --list           what shard 2 would run",
            "  ./lab test labs/* --list -o json               the labs as a JSON array"
        })
final class TestCommand extends LabCommand {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "<lab>", description = "Lab folders or their lab.yaml.")
    List<Path> labs;

    @Mixin
    RuntimeOption runtime;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Write one report.json and junit.xml per lab here.")
    Path reportDir;

    @Option(names = "--parallel", paramLabel = "<n>", defaultValue = "1",
            description = "How many labs at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Deadline per lab for deploy and convergence (default: the runtime's, as for up).")
    Duration timeout;

    @Option(names = "--shard", paramLabel = "<k>/<n>", converter = ShardConverter.class,
            description = "Run only the k-th of n shards (CI matrix jobs): the labs are sorted by folder name"
                    + " and dealt out in turn, so every runner gets the same split, each lab is in exactly one"
                    + " shard, and shard sizes differ by at most one.")
    Shard shard;

    @Option(names = "--list", description = "Print the labs this run would test (after --shard), one per line,"
            + " and run nothing.")
    boolean list;

    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "text",
            description = "With --list: text (one lab per line) or json (an array, for a CI matrix). Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    enum ListFormat { text, json }

    @Override
    public Integer call() {
        if (parallel < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--parallel must be at least 1, was " + parallel);
        }
        if (format == ListFormat.json && !list) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-o json only applies to --list");
        }
        labs.forEach(this::existingLab);
        List<Path> selected = LabSelection.select(spec, labs, shard);
        if (list) {
            if (format == ListFormat.json) {
                out().println(LabSelection.json(selected));
            } else {
                selected.forEach(out()::println);
            }
            return ExitCodes.OK;
        }
        if (selected.isEmpty()) {
            err().println("shard " + shard + " of " + labs.size() + " lab(s) is empty: nothing to run");
            return ExitCodes.OK;
        }
        LabPaths.folderOption(spec, "--report-dir", reportDir);
        UpOptions options = new UpOptions(runtime.resolve(spec, root.env()), reportDir, timeout, false, null, verbose.verbose);
        // The workflow prints each lab's progress and the summary table; the exit code says it all.
        List<Report> reports = service().test(selected, options, parallel);
        return reports.stream().mapToInt(TestCommand::exitCodeOf).max().orElse(ExitCodes.OK);
    }

    /** What `lab up` would have exited with for this lab, read from where its run stopped. */
    static int exitCodeOf(Report report) {
        if (Reports.passed(report)) {
            return ExitCodes.OK;
        }
        String failedPhase = report.phases().stream().filter(p -> p.status() == PhaseOutcome.Status.FAILED)
                .map(PhaseOutcome::name).findFirst().orElse("");
        return switch (failedPhase) {
            case "validate", "render" -> ExitCodes.INVALID;
            case "preflight", "deploy" -> ExitCodes.ENVIRONMENT;
            default -> ExitCodes.VERIFICATION_FAILED;
        };
    }
}
