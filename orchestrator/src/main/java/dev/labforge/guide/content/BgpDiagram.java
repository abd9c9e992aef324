package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.model.Node;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;

/** The BGP sessions the ToR is expected to have (and the nodes it must not have one with), by VLAN. */
final class BgpDiagram {
    private BgpDiagram() {
    }

    static String render(GuideContext ctx) {
        Tor tor = ctx.torModel();
        Mermaid m = new Mermaid("graph TB");
        m.node(tor.name(), tor.name() + "<br/>AS " + tor.asn() + (tor.routeReflector() ? "<br/>route reflector" : ""));
        for (Vlan v : tor.vlans()) {
            m.line("subgraph " + m.id("vlan " + v.id()) + "[" + Mermaid.label("VLAN " + v.id()) + "]");
            for (BgpSessionCheck s : ctx.torSessions()) {
                Node n = ctx.nodeWithIp(s.peer());
                if (n != null && n.vlan() == v.id()) {
                    m.line("  " + m.id(n.name()) + "[" + Mermaid.label(n.name() + "<br/>" + n.ip() + "<br/>AS "
                            + ctx.model().calico().asn()) + "]");
                }
            }
            m.line("end");
        }
        String kind = tor.ibgp() ? "iBGP" : "eBGP";
        for (BgpSessionCheck s : ctx.torSessions()) {
            Node n = ctx.nodeWithIp(s.peer());
            String target = m.id(n != null ? n.name() : s.peerName());
            if (s.established()) {
                String label = kind + (tor.routeReflector() ? " · RR client" : "")
                        + (s.prefixes() == null ? "" : " · " + Md.plural(s.prefixes(), "prefix"));
                m.line(m.id(tor.name()) + " <-->|" + Mermaid.label(label) + "| " + target);
            } else {
                m.line(m.id(tor.name()) + " -.-|" + Mermaid.label("no session") + "| " + target);
            }
        }
        return m.block();
    }
}
