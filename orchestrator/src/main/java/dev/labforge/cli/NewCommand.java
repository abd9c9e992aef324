package dev.labforge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new",
        description = "Create a lab folder with a lab.yaml: a small working lab from an archetype (--archetype tor, the "
                + "default: one VLAN, a cEOS route reflector, a control plane and two workers, one DaemonSet; "
                + "--archetype no-tor: a kind cluster alone on kind's network, no ToR, the node-to-node mesh), or with "
                + "--from a copy of an existing lab renamed after the new folder. Never overwrites an existing lab.yaml.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab new labs/11-my-first-lab",
            "  ./lab new labs/02-my-pod-network --archetype no-tor",
            "  ./lab new labs/11-bgp-communities --from labs/10-calico-bgp-ippool"
        })
final class NewCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<dir>",
            description = "The new lab's folder; its name becomes the lab name (lowercase letters, digits, '-').")
    Path dir;

    @Option(names = "--from", paramLabel = "<lab>", description = "Copy this lab (a folder or its lab.yaml) instead.")
    Path from;

    @Option(names = "--archetype", paramLabel = "<name>",
            description = "What to start from: tor (default) or no-tor (a cluster without a top-of-rack router).")
    String archetype;

    @Override
    public Integer call() {
        if (from != null && archetype != null) {
            throw new CliException(ExitCodes.INVALID, "--from copies a lab and --archetype starts from a built-in one; give one of them");
        }
        Archetype start = archetype == null ? Archetype.TOR : Archetype.byId(archetype);
        if (start == null) {
            throw new CliException(ExitCodes.INVALID, "unknown archetype '" + archetype + "'; valid: " + String.join(", ", Archetype.ids()));
        }
        Path source = from == null ? null : LabPaths.labFile(existingLab(from));
        Path written = LabScaffold.create(dir, source, start);
        out().println(style().green("created ") + written + (source != null ? " (from " + source + ")"
                : archetype != null ? " (archetype " + start.id() + ": " + start.summary() + ")" : ""));
        out().println("Next: edit it, then ./lab validate " + dir + " and ./lab up " + dir);
        return ExitCodes.OK;
    }
}
