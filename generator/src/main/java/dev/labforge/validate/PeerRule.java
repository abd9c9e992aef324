package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An explicit peer's selected nodes all sit on one VLAN whose gateway is the peer address (the ToR
 * only listens on its VLAN interfaces): its {@code gateway} for an IPv4 peerIP, its {@code gateway6}
 * for an IPv6 one. Peers and pools that select no node are probably mistakes.
 */
final class PeerRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        // without BGP on the ToR PlatformRule reports any peer once, without a ToR FlatNetworkRule does
        if (ctx.hasTor() && ctx.torRunsBgp()) {
            peers(ctx, out);
        }
        pools(ctx, out);
    }

    /** The family an explicit peer peers in: its peerIP's, or the cluster's first when left out. */
    static IpFamily family(ValidationContext ctx, PeerSpec peer) {
        IpFamily written = Ip.familyOf(peer.peerIP());
        return written != null ? written : ctx.families().get(0);
    }

    private static void peers(ValidationContext ctx, Diagnostics out) {
        List<PeerSpec> peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            PeerSpec peer = peers.get(i);
            String p = SpecPaths.peerPath(i);
            List<NodeSpec> selected = selected(ctx, peer.nodeSelector());
            if (selected == null) {
                continue;
            }
            String sp = peer.nodeSelector() == null ? p : p + ".nodeSelector";
            if (selected.isEmpty()) {
                out.warn("W-SELECTOR-NO-MATCH", sp, ctx.at(sp), "peer " + peer.name() + " selects no node ('"
                        + peer.nodeSelector() + "')", "nodes carry their labels plus vlan=<id>, e.g. vlan == \"10\"; "
                        + "check the label names and values");
                continue;
            }
            Set<Integer> vlanIds = selected.stream().map(NodeSpec::vlan).filter(v -> v != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            String pp = p + ".peerIP";
            if (peer.peerIP() == null) {
                if (vlanIds.size() > 1) {
                    out.error("E-PEER-IP", p, ctx.at(p), "peer " + peer.name() + " has no peerIP and its nodes are on VLANs "
                                    + vlanIds + ", so there is no single gateway to default to",
                            "narrow nodeSelector to one VLAN (e.g. vlan == \"" + vlanIds.iterator().next()
                                    + "\") or use calico.peers: per-vlan");
                }
                continue;
            }
            FamilyFacts f = ctx.facts(family(ctx, peer));
            Ip ip = SpecValues.address(peer.peerIP(), f.family());
            if (ip == null) {
                continue;
            }
            if (!f.inCluster()) {
                out.error("E-FAMILY", pp, ctx.at(pp), "peer " + peer.name() + " peers over " + f.family().label() + " ("
                                + peer.peerIP() + "), but the cluster's ipFamily is " + ctx.ipFamily(),
                        "set cluster.ipFamily: dual, or use the " + f.family().other().label() + " gateway");
                continue;
            }
            VlanSpec match = null;
            for (VlanSpec v : ctx.vlans()) {
                if (ip.equals(f.gateway(v))) {
                    match = v;
                }
            }
            String gateways = ctx.vlans().stream().filter(v -> vlanIds.contains(v.id()) && f.gateway(v) != null)
                    .map(v -> f.gateway(v) + " (VLAN " + v.id() + ")").collect(Collectors.joining(", "));
            if (match == null) {
                out.error("E-PEER-IP", pp, ctx.at(pp), "peer " + peer.name() + " address " + peer.peerIP()
                                + " is not the " + (f.v6() ? "IPv6 " : "") + "gateway of any VLAN",
                        "the ToR answers BGP on its VLAN gateways; use " + (gateways.isEmpty() ? "a VLAN gateway" : gateways));
            } else if (vlanIds.size() != 1 || !vlanIds.contains(match.id())) {
                Set<Integer> others = new TreeSet<>(vlanIds);
                others.remove(match.id());
                String onVlans = "VLAN" + (others.size() > 1 ? "s " : " ")
                        + others.stream().map(String::valueOf).collect(Collectors.joining(", "));
                out.error("E-PEER-IP", pp, ctx.at(pp), "peer " + peer.name() + " address " + peer.peerIP()
                                + " is VLAN " + match.id() + "'s gateway, but "
                                + (vlanIds.contains(match.id()) ? "it also selects nodes on " : "its nodes are on ") + onVlans,
                        vlanIds.contains(match.id())
                                ? "nodes reach only their own VLAN's gateway directly; narrow nodeSelector (e.g. vlan == \""
                                        + match.id() + "\") and add one peer per VLAN, or use calico.peers: per-vlan"
                                : "nodes reach only their own VLAN's gateway directly; use " + gateways + ", or leave peerIP out");
            }
        }
        if (!ctx.perVlanPeers() && !ctx.nodeToNodeMesh()) {
            isolated(ctx, out, peers);
        }
    }

    private static void pools(ValidationContext ctx, Diagnostics out) {
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            PoolSpec pool = pools.get(i);
            List<NodeSpec> selected = selected(ctx, pool.nodeSelector());
            if (selected != null && selected.isEmpty() && !ctx.nodes().isEmpty()) {
                String sp = SpecPaths.poolPath(i) + ".nodeSelector";
                out.warn("W-SELECTOR-NO-MATCH", sp, ctx.at(sp), "pool " + pool.name() + " selects no node ('"
                                + pool.nodeSelector() + "')",
                        "no pod gets an address from it until a node matches; fine for a reserve pool, otherwise use all()");
            }
        }
    }

    /**
     * With the mesh off and no peer selecting any node there is no BGP at all. Some nodes without a
     * session can be intended (selective peering, lab 15), so only the all-isolated case is reported.
     */
    private static void isolated(ValidationContext ctx, Diagnostics out, List<PeerSpec> peers) {
        List<NodeSpec> nodes = ctx.nodes();
        if (nodes.isEmpty()) {
            return;
        }
        for (NodeSpec n : nodes) {
            for (PeerSpec peer : peers) {
                Boolean m = ctx.selects(peer.nodeSelector(), n);
                if (m == null || m) {
                    return; // a peered node, or a selector error the selector rule reports
                }
            }
        }
        out.warn("W-NODE-NO-BGP", "calico.peers", ctx.at("calico.peers"), "no node has a BGP session: no peer selects any "
                        + "node and the node-to-node mesh is off, so no pod route reaches the ToR or another node",
                "use calico.peers: per-vlan, add a peer whose nodeSelector matches nodes, or turn calico.nodeToNodeMesh on");
    }

    /** The nodes the selector picks, or null when it does not parse (reported by the selector rule). */
    private static List<NodeSpec> selected(ValidationContext ctx, String selector) {
        List<NodeSpec> result = new java.util.ArrayList<>();
        for (NodeSpec n : ctx.nodes()) {
            Boolean m = ctx.selects(selector, n);
            if (m == null) {
                return null;
            }
            if (m) {
                result.add(n);
            }
        }
        return result;
    }
}
