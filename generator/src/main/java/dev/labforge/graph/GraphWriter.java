package dev.labforge.graph;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolved topology as a diagram for course guides: the ToR, one box per VLAN holding its nodes
 * (address, IPAM blocks), one solid edge per cable (ToR port) and one dashed edge per BGP session
 * (BGPPeer x selected node) labelled iBGP/eBGP and marked when the node is a route-reflector client.
 * A lab without a ToR is drawn as its flat network ({@link FlatNetworkGraph}).
 * Pure and deterministic: same model, same text.
 */
public final class GraphWriter {

    private GraphWriter() {
    }

    /** A Mermaid flowchart (renders on GitHub/GitLab inside a ```mermaid block). */
    public static String mermaid(Lab lab) {
        return lab.tor().map(tor -> mermaid(lab, tor)).orElseGet(() -> FlatNetworkGraph.mermaid(lab, lab.network().orElseThrow()));
    }

    private static String mermaid(Lab lab, Tor tor) {
        StringBuilder sb = new StringBuilder();
        sb.append("flowchart TB\n");
        sb.append("    %% ").append(lab.name()).append(": ").append(oneLine(lab.title())).append('\n');
        sb.append("    ").append(id("tor", tor.name())).append("[\"").append(mermaidText(torLabel(tor, "<br/>")))
                .append("\"]\n");
        for (Vlan vlan : tor.vlans()) {
            List<Node> nodes = nodesOf(lab, vlan);
            if (nodes.isEmpty()) {
                continue;
            }
            sb.append("    subgraph ").append(id("vlan", String.valueOf(vlan.id()))).append("[\"")
                    .append(mermaidText(vlanLabel(vlan))).append("\"]\n");
            for (Node n : nodes) {
                sb.append("        ").append(id("node", n.name())).append("[\"")
                        .append(mermaidText(nodeLabel(n, "<br/>"))).append("\"]\n");
            }
            sb.append("    end\n");
        }
        for (TorPort port : tor.ports()) {
            sb.append("    ").append(id("tor", tor.name())).append(" ---|\"").append(mermaidText(portLabel(port)))
                    .append("\"| ").append(id("node", port.node())).append('\n');
        }
        for (Session s : sessions(lab, tor)) {
            sb.append("    ").append(id("tor", tor.name())).append(" -.-|\"").append(mermaidText(s.label(", ")))
                    .append("\"| ").append(id("node", s.node())).append('\n');
        }
        return sb.toString();
    }

    /** A Graphviz DOT graph (undirected; `dot -Tsvg`). */
    public static String dot(Lab lab) {
        return lab.tor().map(tor -> dot(lab, tor)).orElseGet(() -> FlatNetworkGraph.dot(lab, lab.network().orElseThrow()));
    }

    private static String dot(Lab lab, Tor tor) {
        StringBuilder sb = new StringBuilder();
        sb.append("graph ").append(quote(lab.name())).append(" {\n");
        sb.append("    label=").append(quote(lab.name() + ": " + lab.title())).append(";\n");
        sb.append("    labelloc=t;\n");
        sb.append("    fontname=\"Helvetica\";\n");
        sb.append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        sb.append("    edge [fontname=\"Helvetica\", fontsize=10];\n");
        sb.append("    ").append(quote(tor.name())).append(" [label=").append(quote(torLabel(tor, "\n")))
                .append(", shape=box3d, style=\"\"];\n");
        for (Vlan vlan : tor.vlans()) {
            List<Node> nodes = nodesOf(lab, vlan);
            if (nodes.isEmpty()) {
                continue;
            }
            sb.append("    subgraph ").append(quote("cluster_vlan" + vlan.id())).append(" {\n");
            sb.append("        label=").append(quote(vlanLabel(vlan))).append(";\n");
            for (Node n : nodes) {
                sb.append("        ").append(quote(n.name())).append(" [label=").append(quote(nodeLabel(n, "\n")))
                        .append("];\n");
            }
            sb.append("    }\n");
        }
        for (TorPort port : tor.ports()) {
            sb.append("    ").append(quote(tor.name())).append(" -- ").append(quote(port.node()))
                    .append(" [label=").append(quote(portLabel(port))).append("];\n");
        }
        for (Session s : sessions(lab, tor)) {
            sb.append("    ").append(quote(tor.name())).append(" -- ").append(quote(s.node()))
                    .append(" [label=").append(quote(s.label("\n"))).append(", style=dashed];\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** One BGP session: a BGPPeer (the ToR side) and one node its selector matches. */
    record Session(String peer, String peerIP, String node, boolean ibgp, boolean rrClient) {
        String label(String sep) {
            return peer + sep + (ibgp ? "iBGP" : "eBGP") + " to " + peerIP + (rrClient ? sep + "RR client" : "");
        }
    }

    static List<Session> sessions(Lab lab, Tor tor) {
        List<Session> out = new ArrayList<>();
        for (Peer p : lab.calico().peers()) {
            boolean ibgp = p.asNumber() == lab.calico().asn();
            boolean rrClient = ibgp && tor.routeReflector();
            for (String node : p.nodes()) {
                out.add(new Session(p.name(), p.peerIP(), node, ibgp, rrClient));
            }
        }
        return out;
    }

    private static List<Node> nodesOf(Lab lab, Vlan vlan) {
        return lab.cluster().nodes().stream().filter(n -> n.vlan() == vlan.id()).toList();
    }

    private static String torLabel(Tor tor, String br) {
        if (!tor.runsBgp()) {
            return tor.name() + br + tor.platform().id() + br + (tor.platform().runsBgp() ? "routing only, no BGP" : "kernel routing, no BGP");
        }
        return tor.name() + br + tor.platform().id() + ", AS " + tor.asn() + br
                + (tor.routeReflector() ? "route reflector" : "BGP peer") + ", router-id " + tor.routerId();
    }

    private static String vlanLabel(Vlan vlan) {
        return "VLAN " + vlan.id() + " " + vlan.name() + ": " + vlan.subnet() + ", gateway " + vlan.gateway();
    }

    static String nodeLabel(Node n, String br) {
        StringBuilder sb = new StringBuilder(n.name());
        if (n.controlPlane()) {
            sb.append(" (control plane)");
        }
        sb.append(br).append(n.ipCidr());
        for (IpamBlock b : n.blocks()) {
            sb.append(br).append("block ").append(b.cidr());
        }
        return sb.toString();
    }

    private static String portLabel(TorPort port) {
        return port.routerInterface() + " / eth1";
    }

    /** Mermaid ids: letters, digits and '_' only, prefixed so that no name collides with a keyword (end, graph). */
    static String id(String kind, String name) {
        return kind + "_" + name.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** Mermaid label text inside "...": a double quote must be written as an entity. */
    static String mermaidText(String s) {
        return s.replace("\"", "#quot;");
    }

    static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
