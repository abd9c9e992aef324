package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Written ToR listen ranges must accept every node that peers with the ToR, or its session never comes up. */
final class ListenRangeRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.tor() == null || ctx.tor().listenRanges() == null || !ctx.torRunsBgp()) {
            return;
        }
        List<Cidr> ranges = ctx.tor().listenRanges().stream().map(ValidationContext::cidr).filter(Objects::nonNull).toList();
        if (ranges.size() != ctx.tor().listenRanges().size()) {
            return;
        }
        // one error per VLAN: a listen range is per subnet, and a missing one must not print a line per node
        Map<Integer, List<String>> missed = new java.util.LinkedHashMap<>();
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Long ip = ctx.nodeAddress(i);
            if (ip == null || n.vlan() == null || !peers(ctx, n) || ranges.stream().anyMatch(r -> r.contains(ip))) {
                continue;
            }
            missed.computeIfAbsent(n.vlan(), k -> new ArrayList<>()).add(n.name() + " (" + describe(n, ip) + ")");
        }
        missed.forEach((vlanId, missing) -> {
            Cidr subnet = ctx.vlan(vlanId) == null ? null : ValidationContext.cidr(ctx.vlan(vlanId).subnet());
            String who = missing.size() == 1 ? "node " + missing.get(0)
                    : missing.size() + " nodes on VLAN " + vlanId + ": " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                            + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "");
            out.error("E-LISTEN-RANGE", "tor.listenRanges", ctx.at("tor.listenRanges"),
                    "listen ranges " + ranges + " do not cover " + who + (missing.size() == 1 ? ", which peers" : ", which peer")
                            + " with the ToR",
                    "the ToR refuses " + (missing.size() == 1 ? "its BGP session" : "their BGP sessions") + "; add "
                            + (subnet != null ? subnet.toString() : "VLAN " + vlanId + "'s subnet")
                            + " to tor.listenRanges, or leave listenRanges out to derive them from the VLANs");
        });
    }

    /** The node's address, saying so when the resolver assigns it. */
    static String describe(NodeSpec n, long ip) {
        return n.ip() != null ? n.ip() : Ipv4.format(ip) + ", assigned";
    }

    /** Whether the node has a BGP session with the ToR. Unparseable selectors count as peering. */
    private static boolean peers(ValidationContext ctx, NodeSpec n) {
        if (ctx.perVlanPeers()) {
            return true;
        }
        List<PeerSpec> peers = new ArrayList<>(ctx.explicitPeers());
        for (PeerSpec p : peers) {
            Boolean m = ctx.selects(p.nodeSelector(), n);
            if (m == null || m) {
                return true;
            }
        }
        return false;
    }
}
