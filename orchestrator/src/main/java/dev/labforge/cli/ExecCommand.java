package dev.labforge.cli;

import dev.labforge.exec.CommandResult;
import dev.labforge.wait.Durations;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "exec",
        description = "Run a command inside the router, a node or a pod of a running lab and print its output. "
                + "Targets: the router's name, a node's name, or a pod as <workload>@<node>. Put `--` before the "
                + "command so its own options are not read as lab's. The exit code is the command's.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab exec labs/10-calico-bgp-ippool ceos01 -- vtysh -c 'show bgp summary'",
            "  ./lab exec labs/10-calico-bgp-ippool k01-worker -- birdc show protocols",
            "  ./lab exec labs/10-calico-bgp-ippool multitool-1@k01-worker -- ip route"
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

    @Override
    public Integer call() {
        existingLab(lab);
        CommandResult result = service().exec(lab, target, command, runtime.resolve(spec, root.env()));
        if (result.stdout() != null && !result.stdout().isEmpty()) {
            out().print(result.stdout());
            out().flush();
        }
        if (result.stderr() != null && !result.stderr().isEmpty()) {
            err().print(result.stderr());
            err().flush();
        }
        if (result.timedOut()) {
            err().println("error: `" + String.join(" ", command) + "` in " + target + " timed out after "
                    + Durations.text(result.took()));
            return TIMED_OUT;
        }
        return result.exitCode();
    }
}
