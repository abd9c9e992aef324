package dev.labforge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "down",
        description = "Remove everything the lab created (namespaces and every process in them, daemons, files; or "
                + "containers and the kind cluster) and say what was removed. Safe to repeat, and works after a crash "
                + "(what the lab created carries its name) and from the state `lab up` saved when lab.yaml is gone.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab down labs/10-calico-bgp-ippool",
            "  ./lab down labs/10-calico-bgp-ippool --runtime netns"
        })
final class DownCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Mixin
    RuntimeOption runtime;

    @Override
    public Integer call() {
        LabPaths.existingLabOrState(spec, lab);
        service().down(lab, runtime.resolve(spec, root.env()));
        out().println(style().green("down: ") + lab + " removed");
        return ExitCodes.OK;
    }
}
