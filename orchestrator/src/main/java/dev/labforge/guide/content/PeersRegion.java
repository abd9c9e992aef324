package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peers}: how to read the ToR's BGP summary: which node each neighbour is, and the prefixes each
 * one advertises (its exported blocks and the LoadBalancer ranges), against the lab's session checks.
 */
final class PeersRegion implements RegionType {

    @Override
    public String type() {
        return "peers";
    }

    @Override
    public String usage() {
        return "peers|the ToR's expected BGP neighbours";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        if (!ctx.hasBgp()) {
            throw new IllegalArgumentException("region `peers` needs BGP sessions on the ToR, and this lab has none");
        }
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<BgpSessionCheck> sessions = ctx.torSessions();
        long up = sessions.stream().filter(BgpSessionCheck::established).count();
        List<List<String>> rows = new ArrayList<>();
        for (BgpSessionCheck s : sessions) {
            Node n = ctx.nodeWithIp(s.peer());
            List<String> prefixes = s.established() ? advertised(ctx, n) : List.of();
            rows.add(List.of(Md.c(s.peer()), s.peerName(), n == null ? "" : String.valueOf(n.vlan()),
                    expected(s), !s.established() ? "" : prefixes.isEmpty() ? "nothing: no exported pool, no LoadBalancer range"
                            : String.join(", ", prefixes)));
        }
        StringBuilder sb = new StringBuilder("The ToR should show ").append(Md.plural((int) up, "session"))
                .append(" Established, one per node a BGPPeer selects. In the ").append(Md.c(ctx.tor().prefixColumn()))
                .append(" column a number is the count of prefixes received from that node; a word there (Active,"
                        + " Connect, Idle) is a session that is not up.\n\n");
        sb.append(Md.table(List.of("Neighbor", "Node", "VLAN", "Expected", "Prefixes it advertises"), rows));
        for (BgpSessionCheck s : sessions) {
            if (s.established() && s.prefixes() != null && s.prefixes() != advertised(ctx, ctx.nodeWithIp(s.peer())).size()) {
                sb.append("\nThe lab's check expects ").append(s.prefixes()).append(" prefixes from ").append(s.peerName())
                        .append(": the list above counts what its pools and LoadBalancer ranges should give.\n");
            }
        }
        return sb.toString();
    }

    private static String expected(BgpSessionCheck s) {
        if (!s.established()) {
            return "no session (no BGPPeer selects it)";
        }
        return s.prefixes() == null ? "Established" : "Established, " + Md.plural(s.prefixes(), "prefix");
    }

    /** What a node advertises: its blocks of exported pools, then the LoadBalancer ranges. */
    static List<String> advertised(GuideContext ctx, Node n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (var b : ctx.plan().blocks()) {
            Pool pool = ctx.model().calico().pools().stream().filter(p -> p.name().equals(b.pool())).findFirst().orElse(null);
            if (b.node().equals(n.name()) && pool != null && pool.bgpExport()) {
                out.add(b.cidr() + " (its block)");
            }
        }
        ctx.model().calico().loadBalancerIPs().forEach(lb -> out.add(lb + " (LoadBalancer)"));
        return out;
    }
}
