package dev.labforge.guide.content;

import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tor-routes}: the routes the ToR must have, each tied to the node and block affinity behind it
 * (and the ranges it must not have routes into, with why), from the plan's route checks.
 */
final class TorRoutesRegion implements RegionType {

    @Override
    public String type() {
        return "tor-routes";
    }

    @Override
    public String usage() {
        return "tor-routes|the ToR's routes and their nodes";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    static List<RouteCheck> torRoutes(GuideContext ctx) {
        return ctx.routesOn(ctx.torName()).stream().filter(r -> r.side() == Side.TOR).toList();
    }

    static List<RouteCheck> viaRoutes(GuideContext ctx) {
        return torRoutes(ctx).stream().filter(r -> r.kind() == RouteCheck.Kind.VIA).toList();
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (RouteCheck r : torRoutes(ctx)) {
            switch (r.kind()) {
                case VIA -> rows.add(List.of(Md.c(r.prefix()), String.join(" or ", r.via()), nodes(ctx, r), what(ctx, r)));
                case CONNECTED -> rows.add(List.of(Md.c(r.prefix()), "connected", "", "a VLAN of the ToR"));
                case BLACKHOLE -> rows.add(List.of(Md.c(r.prefix()), "blackhole", "", ""));
                case NONE_WITHIN -> absent.add("- no route inside " + Md.c(r.prefix()) + ": " + r.reason() + ".");
            }
        }
        StringBuilder sb = new StringBuilder("What the table must hold, and where each route comes from:\n\n")
                .append(Md.table(List.of("Prefix", "Next hop", "Node", "What it is"), rows));
        if (viaRoutes(ctx).stream().anyMatch(r -> r.via().size() > 1)) {
            sb.append("\nA range that several nodes advertise (the LoadBalancer range) may point to any of them; the ToR"
                    + " keeps one best path.\n");
        }
        if (!absent.isEmpty()) {
            sb.append("\nAnd what it must not hold:\n\n").append(String.join("\n", absent)).append('\n');
        }
        return sb.toString();
    }

    private static String nodes(GuideContext ctx, RouteCheck r) {
        List<String> names = new ArrayList<>();
        for (String via : r.via()) {
            Node n = ctx.nodeWithIp(via);
            names.add(n == null ? via : n.name());
        }
        return String.join(" or ", names);
    }

    /** The block (with its affinity name) or range a ToR route stands for. */
    static String what(GuideContext ctx, RouteCheck r) {
        String owner = ctx.blockOwner(r.prefix());
        if (owner != null) {
            return "the block of " + owner + ", affinity " + Md.c(BlocksRegion.affinityName(ctx, owner, r.prefix()));
        }
        if (ctx.model().calico().loadBalancerIPs().contains(r.prefix())) {
            return "the LoadBalancer range";
        }
        return "";
    }
}
