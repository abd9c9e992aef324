package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.rendered.RenderedPaths;
import java.util.List;

/** {@code bgppeer <name>}: one rendered BGPPeer: whom it peers with, iBGP or eBGP, which nodes it selects and why. */
final class BgpPeerRegion implements RegionType {

    @Override
    public String type() {
        return "bgppeer";
    }

    @Override
    public String usage() {
        return "bgppeer <name>|a BGPPeer: peer, AS, selected nodes";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        peer(id, ctx);
    }

    private static Peer peer(RegionId id, GuideContext ctx) {
        List<String> names = ctx.model().calico().peers().stream().map(Peer::name).toList();
        String name = Regions.oneOf(id, "peer", names);
        return ctx.model().calico().peers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        Peer p = peer(id, ctx);
        String file = RenderedPaths.bgpPeer(p);
        Tor tor = ctx.torModel();
        StringBuilder sb = new StringBuilder(Md.c(file)).append(":\n\n")
                .append(Md.code("yaml", Regions.withoutHeader(Regions.require(ctx, file)))).append('\n');
        sb.append("- `peerIP`: ").append(Md.c(p.peerIP())).append(" — ").append(whose(ctx, p.peerIP())).append('\n');
        boolean ibgp = p.asNumber() == ctx.model().calico().asn();
        sb.append("- `asNumber`: ").append(Md.c(p.asNumber())).append(" — the peer's AS; Calico is AS ")
                .append(ctx.model().calico().asn()).append(", so this is ").append(ibgp ? "iBGP" : "eBGP")
                .append(ibgp && tor.routeReflector() ? ", and the ToR reflects each node's routes to the others" : "").append(".\n");
        List<Node> all = ctx.model().cluster().nodes();
        List<String> picked = all.stream().filter(n -> p.nodes().contains(n.name())).map(n -> n.name() + " (" + TopologyRegion.labels(n) + ")").toList();
        List<String> left = all.stream().filter(n -> !p.nodes().contains(n.name())).map(Node::name).toList();
        sb.append("- `nodeSelector`: ").append(Md.c(p.nodeSelector())).append(" — ");
        sb.append(picked.isEmpty() ? "selects no node" : "selects the nodes whose labels match: " + Md.list(picked));
        sb.append(left.isEmpty() ? " — every node of the cluster." : "; not " + Md.list(left) + ".").append('\n');
        return sb.toString();
    }

    private static String whose(GuideContext ctx, String ip) {
        for (Vlan v : ctx.torModel().vlans()) {
            if (v.gateway().equals(ip)) {
                return "the ToR's address in VLAN " + v.id() + ", the gateway of the nodes there.";
            }
        }
        if (ip.equals(ctx.torModel().routerId())) {
            return "the ToR's router id.";
        }
        Node n = ctx.nodeWithIp(ip);
        return n != null ? "the node " + n.name() + "." : "an address outside the lab.";
    }
}
