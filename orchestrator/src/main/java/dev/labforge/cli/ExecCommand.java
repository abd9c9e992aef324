package dev.labforge.cli;

import dev.labforge.exec.CommandResult;
import dev.labforge.wait.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "exec",
        description = "Run a command inside the router, a node or a pod of a running lab, like `docker exec -it`: it"
                + " reads lab's stdin (`echo hi | lab exec <lab> k01-worker -- cat` prints hi) and writes to lab's"
                + " stdout and stderr, so interactive programs work on a terminal (a shell, vtysh or birdc without a"
                + " command, tcpdump; Ctrl-C goes to the program). Targets: the router's name, a node's name, or a pod as"
                + " <workload>@<node>. Put `--` before the command so its own options are not read as lab's. No time"
                + " limit unless --timeout is given. The exit code is the command's.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab exec labs/10-calico-bgp-ippool ceos01 -- vtysh -c 'show bgp summary'",
            "  ./lab exec labs/10-calico-bgp-ippool k01-worker -- birdc show protocols",
            "  ./lab exec labs/10-calico-bgp-ippool multitool-1@k01-worker -- ip route",
            "  ./lab exec -it labs/10-calico-bgp-ippool ceos01 -- vtysh     (interactive)",
            "  ./lab exec labs/10-calico-bgp-ippool k01-worker -- bash      (a shell)",
            "  ./lab exec --timeout 10s labs/10-calico-bgp-ippool ceos01 -- ping 10.10.10.11"
        })
final class ExecCommand extends LabCommand {
    static final int TIMED_OUT = 124;

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Parameters(index = "1", paramLabel = "<target>", description = "Router, node, or <workload>@<node>.")
    String target;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "<command>",
            description = "The command and its arguments.")
    List<String> command;

    @Mixin
    RuntimeOption runtime;

    @Option(names = {"-i", "--interactive"},
            description = "Keep stdin open, as docker exec -i (lab exec always does; accepted for the habit).")
    boolean keepStdin;

    @Option(names = {"-t", "--tty"},
            description = "A terminal for the command, as docker exec -t: on a terminal lab exec passes its own (clab: docker"
                    + " exec -t, kubectl exec -t); accepted for the habit.")
    boolean tty;

    @Option(names = "--timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Stop the command after this long and exit 124, e.g. 30s. Default: no limit.")
    Duration timeout;

    @Override
    public Integer call() {
        existingLab(lab);
        // As its own process, lab hands the command its stdin, stdout and stderr; in-process (tests) output is captured.
        boolean interactive = root.ownStreams();
        out().flush();
        err().flush();
        CommandResult result = service().exec(lab, target, command, runtime.resolve(spec, root.env()), interactive, timeout);
        if (result.stdout() != null && !result.stdout().isEmpty()) {
            out().print(result.stdout());
            out().flush();
        }
        if (result.stderr() != null && !result.stderr().isEmpty()) {
            err().print(result.stderr());
            err().flush();
        }
        if (result.timedOut()) {
            err().println("error: `" + String.join(" ", command) + "` in " + target + " was stopped after "
                    + Durations.text(result.took()) + (timeout == null ? "" : " (--timeout " + Durations.flag(timeout) + ")"));
            return TIMED_OUT;
        }
        return result.exitCode();
    }
}
