package dev.labforge.graph;

import static dev.labforge.graph.GraphWriter.id;
import static dev.labforge.graph.GraphWriter.mermaidText;
import static dev.labforge.graph.GraphWriter.nodeLabel;
import static dev.labforge.graph.GraphWriter.oneLine;
import static dev.labforge.graph.GraphWriter.quote;

import dev.labforge.model.FlatNetwork;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab without a ToR: one box for the flat network (kind's Docker network) holding every node, and,
 * with the node-to-node mesh on, one dashed edge per pair of nodes (their iBGP session).
 */
final class FlatNetworkGraph {
    private FlatNetworkGraph() {
    }

    static String mermaid(Lab lab, FlatNetwork network) {
        StringBuilder sb = new StringBuilder();
        sb.append("flowchart TB\n");
        sb.append("    %% ").append(lab.name()).append(": ").append(oneLine(lab.title())).append('\n');
        sb.append("    subgraph ").append(id("net", network.name())).append("[\"").append(mermaidText(networkLabel(network)))
                .append("\"]\n");
        for (Node n : lab.cluster().nodes()) {
            sb.append("        ").append(id("node", n.name())).append("[\"").append(mermaidText(nodeLabel(n, "<br/>")))
                    .append("\"]\n");
        }
        sb.append("    end\n");
        for (Node[] pair : meshPairs(lab)) {
            sb.append("    ").append(id("node", pair[0].name())).append(" -.-|\"").append(mermaidText(meshLabel(lab)))
                    .append("\"| ").append(id("node", pair[1].name())).append('\n');
        }
        return sb.toString();
    }

    static String dot(Lab lab, FlatNetwork network) {
        StringBuilder sb = new StringBuilder();
        sb.append("graph ").append(quote(lab.name())).append(" {\n");
        sb.append("    label=").append(quote(lab.name() + ": " + lab.title())).append(";\n");
        sb.append("    labelloc=t;\n");
        sb.append("    fontname=\"Helvetica\";\n");
        sb.append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        sb.append("    edge [fontname=\"Helvetica\", fontsize=10];\n");
        sb.append("    subgraph ").append(quote("cluster_net_" + network.name())).append(" {\n");
        sb.append("        label=").append(quote(networkLabel(network))).append(";\n");
        for (Node n : lab.cluster().nodes()) {
            sb.append("        ").append(quote(n.name())).append(" [label=").append(quote(nodeLabel(n, "\n"))).append("];\n");
        }
        sb.append("    }\n");
        for (Node[] pair : meshPairs(lab)) {
            sb.append("    ").append(quote(pair[0].name())).append(" -- ").append(quote(pair[1].name()))
                    .append(" [label=").append(quote(meshLabel(lab))).append(", style=dashed];\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static String networkLabel(FlatNetwork network) {
        return "network " + network.name() + ": " + network.subnet() + ", no ToR";
    }

    private static String meshLabel(Lab lab) {
        return "mesh, iBGP AS " + lab.calico().asn();
    }

    /** Every unordered pair of nodes, in node order; none with the mesh off. */
    private static List<Node[]> meshPairs(Lab lab) {
        List<Node[]> out = new ArrayList<>();
        if (!lab.calico().nodeToNodeMesh()) {
            return out;
        }
        List<Node> nodes = lab.cluster().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                out.add(new Node[] {nodes.get(i), nodes.get(j)});
            }
        }
        return out;
    }
}
