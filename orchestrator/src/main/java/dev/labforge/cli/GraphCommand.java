package dev.labforge.cli;

import dev.labforge.graph.GraphWriter;
import dev.labforge.model.Lab;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graph",
        description = "Draw the resolved topology: the ToR, one box per VLAN with its nodes (address, IPAM block), "
                + "the links with their ports and every BGP session (iBGP/eBGP, route-reflector clients). Mermaid"
                + " renders on GitHub and GitLab; DOT with Graphviz (`dot -Tsvg`).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab graph labs/10-calico-bgp-ippool",
            "  ./lab graph labs/10-calico-bgp-ippool --fenced >> README.md",
            "  ./lab graph labs/10-calico-bgp-ippool --format dot | dot -Tsvg > lab10.svg"
        })
final class GraphCommand extends LabCommand {
    enum Format { mermaid, dot }

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "mermaid",
            description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fenced",
            description = "Wrap it in a ```mermaid (or ```dot) block, ready to paste into Markdown.")
    boolean fenced;

    @Override
    public Integer call() {
        existingLab(lab);
        Lab model = root.backend().model(lab);
        String text = format == Format.dot ? GraphWriter.dot(model) : GraphWriter.mermaid(model);
        if (fenced) {
            text = "```" + format.name() + "\n" + text + "```\n";
        }
        out().print(text);
        out().flush();
        return ExitCodes.OK;
    }
}
