package dev.labforge.guide.content;

import dev.labforge.model.Node;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;

/** The cabling: the ToR, one box per VLAN with its nodes, each link labelled with the ToR port. */
final class TopologyDiagram {
    private TopologyDiagram() {
    }

    static String render(GuideContext ctx) {
        if (!ctx.hasTor()) {
            return flat(ctx);
        }
        Tor tor = ctx.torModel();
        Mermaid m = new Mermaid("graph TB");
        m.node(tor.name(), tor.name() + "<br/>" + ctx.torPlatform() + (tor.runsBgp() ? ", AS " + tor.asn() : "")
                + (tor.routeReflector() && ctx.hasBgp() ? "<br/>route reflector" : ""));
        for (Vlan v : tor.vlans()) {
            m.line("subgraph " + m.id("vlan " + v.id()) + "[" + Mermaid.label("VLAN " + v.id() + " · " + v.subnet()) + "]");
            for (Node n : ctx.model().cluster().nodes()) {
                if (n.vlan() == v.id()) {
                    m.line("  " + m.id(n.name()) + "[" + Mermaid.label(n.name() + "<br/>" + n.ip()) + "]");
                }
            }
            m.line("end");
        }
        for (Node n : ctx.model().cluster().nodes()) {
            Vlan v = tor.vlan(n.vlan());
            m.line(m.id(tor.name()) + " ---|" + Mermaid.label(TopologyRegion.port(tor, n.name()) + " · " + v.gateway()) + "| "
                    + m.id(n.name()));
        }
        return m.block();
    }

    /** The flat network as one box holding the nodes; a dashed line per pair of nodes in the BGP mesh. */
    private static String flat(GuideContext ctx) {
        var net = ctx.network();
        Mermaid m = new Mermaid("graph TB");
        m.line("subgraph " + m.id("network") + "[" + Mermaid.label(net.name() + " · " + net.subnet()) + "]");
        for (Node n : ctx.model().cluster().nodes()) {
            m.line("  " + m.id(n.name()) + "[" + Mermaid.label(n.name() + "<br/>" + n.ip()) + "]");
        }
        m.line("end");
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (var s : MeshRegion.meshSessions(ctx)) {
            String pair = s.on().compareTo(s.peerName()) < 0 ? s.on() + " " + s.peerName() : s.peerName() + " " + s.on();
            if (s.established() && drawn.add(pair)) {
                m.line(m.id(s.on()) + " -.-|" + Mermaid.label("iBGP") + "| " + m.id(s.peerName()));
            }
        }
        return m.block();
    }
}
