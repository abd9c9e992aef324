package dev.labforge.guide.content;

import dev.labforge.check.RouteCheck;
import dev.labforge.model.Node;

/** The ToR's routes to the cluster: each prefix, the node it points to, and that node's block affinity. */
final class RouteDiagram {
    private RouteDiagram() {
    }

    static String render(GuideContext ctx) {
        String tor = ctx.torName();
        Mermaid m = new Mermaid("graph LR");
        m.node(tor, tor + "<br/>routing table");
        for (RouteCheck r : TorRoutesRegion.viaRoutes(ctx)) {
            String owner = ctx.blockOwner(r.prefix());
            m.node("route " + r.prefix(), r.prefix() + (owner == null ? "<br/>" + TorRoutesRegion.what(ctx, r) : ""));
            m.line(m.id(tor) + " --> " + m.id("route " + r.prefix()));
            for (String via : r.via()) {
                Node n = ctx.nodeWithIp(via);
                String name = n == null ? via : n.name();
                m.node(name, name + "<br/>" + via);
                m.line(m.id("route " + r.prefix()) + (r.via().size() == 1 ? " -->|" : " -.->|") + Mermaid.label("via " + via)
                        + "| " + m.id(name));
            }
            if (owner != null) {
                String affinity = BlocksRegion.affinityName(ctx, owner, r.prefix());
                m.node("affinity " + r.prefix(), affinity);
                m.line(m.id(owner) + " -.-|" + Mermaid.label("block affinity") + "| " + m.id("affinity " + r.prefix()));
            }
        }
        return m.block();
    }
}
