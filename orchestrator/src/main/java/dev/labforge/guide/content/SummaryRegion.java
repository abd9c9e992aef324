package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.guide.doc.RegionId;
import java.util.ArrayList;
import java.util.List;

/** {@code summary}: what the student has seen, counted from the plan's checks. */
final class SummaryRegion implements RegionType {

    @Override
    public String type() {
        return "summary";
    }

    @Override
    public String usage() {
        return "summary|what the guide showed";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<String> items = new ArrayList<>();
        if (ctx.hasTor()) {
            items.add("You read the IP pools, the IPAM blocks of " + Md.plural(ctx.plan().blocks().size(), "node")
                    + ", the BGPConfiguration and " + Md.plural(ctx.model().calico().peers().size(), "BGPPeer") + ", and tied each"
                    + " to the topology.");
        } else {
            int nodes = (int) ctx.plan().blocks().stream().map(b -> b.node()).distinct().count();
            items.add("You read the IP pools and the IPAM blocks of " + Md.plural(nodes, "node")
                    + (ctx.model().calico().reservations().isEmpty() ? "" : ", and the IP reservations that IPAM keeps its hands off")
                    + ".");
        }
        long mesh = MeshRegion.meshSessions(ctx).stream().filter(BgpSessionCheck::established).count();
        if (!ctx.hasTor() && mesh > 0) {
            items.add("You saw the node-to-node mesh: " + Md.plural((int) mesh / 2, "BGP session") + " Established, each seen from"
                    + " both ends.");
        }
        long podAddresses = ctx.checks(dev.labforge.check.PodAddressCheck.class).size();
        if (podAddresses > 0) {
            items.add("You checked " + Md.plural((int) podAddresses, "pod address") + ": fixed ones asked for by annotation,"
                    + " the others chosen by IPAM outside every reservation.");
        }
        long up = ctx.torSessions().stream().filter(BgpSessionCheck::established).count();
        long none = ctx.torSessions().size() - up;
        if (ctx.hasBgp()) {
            items.add("You saw " + Md.plural((int) up, "BGP session") + " Established on " + Md.c(ctx.torName())
                    + (none > 0 ? ", and no session with the " + none + " node" + (none == 1 ? "" : "s") + " no BGPPeer selects" : "")
                    + ".");
        }
        long blocks = TorRoutesRegion.viaRoutes(ctx).stream().filter(r -> ctx.blockOwner(r.prefix()) != null).count();
        if (blocks > 0) {
            items.add("You followed " + Md.plural((int) blocks, "block") + ", each from the node that owns it to the ToR's"
                    + " routing table and on to the other nodes as BGP routes.");
        }
        if (ctx.routesOn(ctx.torName()).stream().anyMatch(r -> r.kind() == RouteCheck.Kind.NONE_WITHIN)) {
            items.add(ctx.torModel().runsBgp() ? "You saw that the ToR learns nothing from a pool that is not exported."
                    : "You saw that the ToR, which runs no BGP, holds only its connected VLANs and no pod route.");
        }
        if (ctx.hasOverlay()) {
            items.add("You followed the VXLAN overlay: the routes via each remote VTEP on `" + GuideContext.VXLAN_DEVICE + "`, the"
                    + " neighbour and forwarding entries behind them, and the blocks reached directly in the same subnet.");
        }
        if (ctx.showsMtus()) {
            items.add("You checked " + Md.plural(ctx.mtus().size(), "MTU") + " and where each comes from.");
        }
        for (PingCheck p : ctx.pings()) {
            if (!p.error().isEmpty()) {
                items.add("You saw a " + (p.dontFragment() ? "don't-fragment " : "") + "ping" + (p.size() == null ? "" : " of "
                        + p.size() + " bytes") + " from " + Md.c(p.from()) + " refused by its own kernel: " + Md.c(p.error()) + ".");
            } else if (p.reachable() && p.size() != null) {
                items.add("You sent a " + (p.dontFragment() ? "don't-fragment " : "") + "ping of " + p.size() + " bytes from "
                        + Md.c(p.from()) + " to " + Md.c(p.to()) + " and saw it fit every MTU on its way"
                        + (p.ttl() == null ? "" : " (`ttl=" + p.ttl() + "`)") + ".");
            } else if (p.reachable()) {
                items.add("You pinged " + Md.c(p.to()) + " from " + Md.c(p.from()) + (p.ttl() == null ? "" : " and explained its"
                        + " `ttl=" + p.ttl() + "` from the path") + ".");
            } else {
                items.add("You saw that " + Md.c(p.to()) + " does not answer " + Md.c(p.from()) + ".");
            }
        }
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append("- ").append(i).append('\n'));
        sb.append("\nTake the lab down with ").append(Md.c(ctx.view().down(ctx.labPath()))).append(".\n");
        return sb.toString();
    }
}
