package dev.labforge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "down",
        description = "Remove everything the lab created (namespaces and daemons, or containers and the kind "
                + "cluster). Safe to repeat, and works after a crash: what the lab created carries its name.",
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
        existingLab(lab);
        service().down(lab, runtime.resolve(spec, root.env()));
        out().println(style().green("down: ") + lab + " removed");
        return ExitCodes.OK;
    }
}
