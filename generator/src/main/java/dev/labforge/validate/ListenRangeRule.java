package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.VlanSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Written ToR listen ranges must accept every node that peers with the ToR, or its session never comes
 * up: IPv4 sessions from the node's address, IPv6 sessions from its IPv6 address.
 */
final class ListenRangeRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.tor() == null || ctx.tor().listenRanges() == null || !ctx.torRunsBgp()) {
            return;
        }
        List<Cidr> ranges = ctx.tor().listenRanges().stream().map(SpecValues::cidr).filter(Objects::nonNull).toList();
        if (ranges.size() != ctx.tor().listenRanges().size()) {
            return;
        }
        for (IpFamily family : ctx.families()) {
            check(ctx, out, ctx.facts(family), ranges);
        }
    }

    private static void check(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<Cidr> ranges) {
        // one error per VLAN: a listen range is per subnet, and a missing one must not print a line per node
        Map<Integer, List<String>> missed = new java.util.LinkedHashMap<>();
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Ip ip = f.nodeAddress(i);
            if (ip == null || n.vlan() == null || !peers(ctx, f, n) || ranges.stream().anyMatch(r -> r.contains(ip))) {
                continue;
            }
            missed.computeIfAbsent(n.vlan(), k -> new ArrayList<>()).add(n.name() + " (" + describe(f.ipText(n), ip) + ")");
        }
        missed.forEach((vlanId, missing) -> {
            Cidr subnet = ctx.vlan(vlanId) == null ? null : f.subnet(ctx.vlan(vlanId));
            String who = missing.size() == 1 ? "node " + missing.get(0)
                    : missing.size() + " nodes on VLAN " + vlanId + ": " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                            + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "");
            out.error("E-LISTEN-RANGE", "tor.listenRanges", ctx.at("tor.listenRanges"),
                    "listen ranges " + ranges + " do not cover " + who + (missing.size() == 1 ? ", which peers" : ", which peer")
                            + " with the ToR" + (f.v6() ? " over IPv6" : ""),
                    "the ToR refuses " + (missing.size() == 1 ? "its BGP session" : "their BGP sessions") + "; add "
                            + (subnet != null ? subnet.toString() : "VLAN " + vlanId + "'s " + f.field("subnet"))
                            + " to tor.listenRanges, or leave listenRanges out to derive them from the VLANs");
        });
    }

    /** The node's address, saying so when the resolver assigns it. */
    static String describe(String written, Ip ip) {
        return written != null ? written : ip + ", assigned";
    }

    /** Whether the node has a BGP session with the ToR in this family. Unparseable selectors count as peering. */
    private static boolean peers(ValidationContext ctx, FamilyFacts f, NodeSpec n) {
        if (ctx.perVlanPeers()) {
            // per-vlan peers over IPv6 only on VLANs with a subnet6
            VlanSpec vlan = ctx.vlan(n.vlan());
            return !f.v6() || vlan != null && f.subnet(vlan) != null;
        }
        for (PeerSpec p : ctx.explicitPeers()) {
            if (PeerRule.family(ctx, p) != f.family()) {
                continue;
            }
            Boolean m = ctx.selects(p.nodeSelector(), n);
            if (m == null || m) {
                return true;
            }
        }
        return false;
    }
}
