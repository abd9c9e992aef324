package dev.labforge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new",
        description = "Create a lab folder with a lab.yaml: a small working lab (one VLAN, a cEOS route reflector, a "
                + "control plane and two workers, one DaemonSet), or with --from a copy of an existing lab "
                + "renamed after the new folder. Never overwrites an existing lab.yaml.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab new labs/11-my-first-lab",
            "  ./lab new labs/11-bgp-communities --from labs/10-calico-bgp-ippool"
        })
final class NewCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<dir>",
            description = "The new lab's folder; its name becomes the lab name (lowercase letters, digits, '-').")
    Path dir;

    @Option(names = "--from", paramLabel = "<lab>", description = "Copy this lab (a folder or its lab.yaml) instead.")
    Path from;

    @Override
    public Integer call() {
        Path source = from == null ? null : LabPaths.labFile(existingLab(from));
        Path written = LabScaffold.create(dir, source);
        out().println(style().green("created ") + written + (source == null ? "" : " (from " + source + ")"));
        out().println("Next: edit it, then ./lab validate " + dir + " and ./lab up " + dir);
        return ExitCodes.OK;
    }
}
