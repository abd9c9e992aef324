package dev.labforge.guide.content;

import dev.labforge.check.RouteCheck;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import java.util.ArrayList;
import java.util.List;

/** {@code node-routes <node>}: the routes one node must have to the other blocks, and its own block's blackhole. */
final class NodeRoutesRegion implements RegionType {

    @Override
    public String type() {
        return "node-routes";
    }

    @Override
    public String usage() {
        return "node-routes <node>|a node's routes, explained";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        node(id, ctx);
    }

    private static Node node(RegionId id, GuideContext ctx) {
        return ctx.node(Regions.oneOf(id, "node", ctx.model().cluster().nodes().stream().map(Node::name).toList()));
    }

    /** True when the node learns routes from the ToR over BGP (a route via its gateway), not only direct ones. */
    static boolean learnsFromTor(GuideContext ctx, Node n) {
        return ctx.routesOn(n.name()).stream().anyMatch(r -> r.kind() == RouteCheck.Kind.VIA && r.via().contains(n.gateway()));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        Node n = node(id, ctx);
        List<List<String>> rows = new ArrayList<>();
        for (RouteCheck r : ctx.routesOn(n.name())) {
            String owner = ctx.blockOwner(r.prefix());
            String whose = owner == null ? "" : owner.equals(n.name()) ? "its own block" : "the block of " + owner;
            switch (r.kind()) {
                case VIA -> rows.add(List.of(Md.c(r.prefix()), "via " + String.join(" or ", r.via()), whose, how(ctx, n, r)));
                case BLACKHOLE -> rows.add(List.of(Md.c(r.prefix()), "blackhole", whose,
                        "Calico's route for the whole block; each local pod has a more specific /32 to its veth, so only"
                                + " unused addresses of the block end here instead of " + (ctx.hasTor() ? "bouncing back to the ToR"
                                : "leaving by the node's default route")));
                case CONNECTED -> rows.add(List.of(Md.c(r.prefix()), "connected", "", ""));
                case NONE_WITHIN -> rows.add(List.of(Md.c(r.prefix()), "no route inside", "", r.reason()));
            }
        }
        List<String> peers = ctx.model().calico().peers().stream().filter(p -> p.nodes().contains(n.name())).map(Peer::name).toList();
        StringBuilder sb = new StringBuilder(Md.c(n.name()));
        if (ctx.hasTor()) {
            sb.append(" (VLAN ").append(n.vlan()).append(", gateway ").append(n.gateway())
                    .append(peers.isEmpty() ? ", selected by no BGPPeer" : ", selected by " + Md.list(peers)).append(')');
        } else {
            sb.append(" (").append(n.ipCidr()).append(" on eth0)");
        }
        sb.append(" must have:\n\n");
        sb.append(Md.table(List.of("Prefix", "Route", "Whose", "Why"), rows));
        return sb.toString();
    }

    private static String how(GuideContext ctx, Node n, RouteCheck r) {
        if (r.dev().equals(GuideContext.VXLAN_DEVICE)) {
            String owner = ctx.blockHolding(r.via().get(0));
            Node peer = owner == null ? null : ctx.node(owner);
            return "through the VXLAN tunnel, programmed by Calico (no BGP): " + r.via().get(0) + " is the VTEP of " + owner
                    + (peer == null ? "" : peer.vlan() == n.vlan() ? ", in the same subnet" : ", in another subnet (VLAN " + peer.vlan() + ")")
                    + "; `onlink` because that address is on no link of this node";
        }
        if (r.via().contains(n.gateway())) {
            return "learned over BGP from " + ctx.torName() + ", which names itself as next hop";
        }
        Node peer = ctx.nodeWithIp(r.via().get(0));
        return peer == null ? "" : "a direct route to " + peer.name() + " in the same subnet, programmed by Calico (no BGP)";
    }
}
