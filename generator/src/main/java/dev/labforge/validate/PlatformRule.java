package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.resolve.Defaults;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.TorSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ToR without BGP (platform linux, or {@code tor.bgp: false} on ceos/frr) cannot do: nodes cannot
 * peer with it, its BGP settings and the Calico settings that only reach the ToR by BGP have no effect,
 * and with the node-to-node mesh off no node runs BGP at all, so only VXLAN pools (whose routes Felix
 * programs without BGP) carry pod traffic between nodes. {@code bgp: true} cannot give BGP to a platform
 * that has none.
 */
final class PlatformRule implements Rule {
    /** Encapsulations whose routes between nodes Felix programs itself, without BGP. */
    static final List<String> WITHOUT_BGP = List.of("VXLAN", "VXLANCrossSubnet");

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        TorPlatform platform = ctx.torPlatform();
        if (platform != null && !platform.runsBgp() && Boolean.TRUE.equals(ctx.tor().bgp())) {
            out.error("E-TOR-NO-BGP", "tor.bgp", ctx.at("tor.bgp"), "platform " + platform.id() + " runs no BGP: bgp: true cannot"
                    + " turn it on", "remove tor.bgp, or use platform: " + TorPlatforms.bgpIds() + " for BGP");
        }
        String why = TorBgp.whyNot(ctx);
        if (why == null) {
            return;
        }
        String useBgp = TorBgp.howTo(ctx);
        String noBgp = "the ToR " + ctx.tor().name() + " runs no BGP (" + why + ")";
        String nobodyBgp = "no node runs BGP: " + ctx.tor().name() + (why.startsWith("platform") ? " is " : " has ") + why
                + " and the node-to-node mesh is off";
        peers(ctx, out, noBgp, useBgp);
        torFields(ctx, out, why, useBgp);
        if (!ctx.loadBalancerIPs().isEmpty()) {
            out.warn("W-NO-BGP-EFFECT", "calico.loadBalancerIPs", ctx.at("calico.loadBalancerIPs"),
                    "LoadBalancer addresses reach routers by BGP, but " + noBgp + ": nothing outside the nodes reaches them",
                    "leave calico.loadBalancerIPs out, or " + useBgp);
        }
        if (!ctx.prefixAdvertisements().isEmpty() && !ctx.nodeToNodeMesh()) {
            out.warn("W-NO-BGP-EFFECT", "calico.prefixAdvertisements", ctx.at("calico.prefixAdvertisements"),
                    "communities tag BGP routes, but " + nobodyBgp,
                    "leave calico.prefixAdvertisements out, or " + useBgp);
        }
        vxlanExports(ctx, out, noBgp);
        if (!ctx.nodeToNodeMesh()) {
            podRoutes(ctx, out, nobodyBgp);
        }
    }

    /**
     * A VXLAN pool with bgpExport written true: Felix routes its blocks between nodes itself (nodes ignore
     * them from BGP), and the only router that could use them runs no BGP, so the export reaches nothing.
     */
    private static void vxlanExports(ValidationContext ctx, Diagnostics out, String noBgp) {
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            PoolSpec pool = pools.get(i);
            if (Boolean.TRUE.equals(pool.bgpExport()) && WITHOUT_BGP.contains(pool.encapsulation())) {
                String path = SpecPaths.poolPath(i) + ".bgpExport";
                out.warn("W-NO-BGP-EFFECT", path, ctx.at(path), "pool " + pool.name() + " is exported by BGP, but it is "
                                + pool.encapsulation() + ": Felix routes its blocks between nodes without BGP, and " + noBgp
                                + ", so the export reaches nothing that uses it",
                        "set bgpExport: false (the IPPool's disableBGPExport: true)");
            }
        }
    }

    /** per-vlan written, or any explicit peer: one error, since every BGPPeer points at the ToR. */
    private static void peers(ValidationContext ctx, Diagnostics out, String noBgp, String useBgp) {
        if (ctx.calico() == null || ctx.calico().peers() == null) {
            return; // left out: no peers towards a ToR without BGP
        }
        if (ctx.perVlanPeers()) {
            out.error("E-TOR-NO-BGP", "calico.peers", ctx.at("calico.peers"),
                    "per-vlan asks every node for a BGP session with its VLAN gateway, but " + noBgp,
                    "leave calico.peers out (no BGPPeer is rendered), or " + useBgp);
            return;
        }
        List<String> names = ctx.explicitPeers().stream().map(PeerSpec::name).toList();
        if (!names.isEmpty()) {
            out.error("E-TOR-NO-BGP", "calico.peers", ctx.at("calico.peers"),
                    "BGP peer" + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + " need"
                            + (names.size() == 1 ? "s" : "") + " the ToR (the lab's only router) to speak BGP, but " + noBgp,
                    "remove " + (names.size() == 1 ? "it" : "them") + " (or leave calico.peers out), or " + useBgp);
        }
    }

    private static void torFields(ValidationContext ctx, Diagnostics out, String why, String useBgp) {
        TorSpec t = ctx.tor();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("asn", t.asn());
        fields.put("role", t.role());
        fields.put("routerId", t.routerId());
        fields.put("peerGroup", t.peerGroup());
        fields.put("peerDescription", t.peerDescription());
        fields.put("listenRanges", t.listenRanges());
        fields.forEach((field, value) -> {
            if (value != null) {
                String path = "tor." + field;
                out.warn("W-NO-BGP-EFFECT", path, ctx.at(path),
                        field + " has no effect: " + (why.startsWith("platform") ? why + " runs no BGP" : "the ToR runs no BGP (" + why + ")"),
                        "remove it, or " + useBgp);
            }
        });
    }

    /** Pools that select a node and whose routes between nodes come from BGP: none arrive. */
    private static void podRoutes(ValidationContext ctx, Diagnostics out, String nobodyBgp) {
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            PoolSpec pool = pools.get(i);
            String encapsulation = pool.encapsulation() == null ? Defaults.ENCAPSULATION : pool.encapsulation();
            if (WITHOUT_BGP.contains(encapsulation) || !selectsANode(ctx, pool)) {
                continue;
            }
            String path = SpecPaths.poolPath(i) + (pool.encapsulation() == null ? "" : ".encapsulation");
            out.warn("W-POOL-NO-ROUTES", path, ctx.at(path),
                    "pool " + pool.name() + " uses encapsulation " + encapsulation + (pool.encapsulation() == null ? " (the default)" : "")
                            + ", whose routes between nodes come from BGP, but " + nobodyBgp
                            + "; pods on different nodes cannot reach each other",
                    "use encapsulation: VXLANCrossSubnet or VXLAN (Felix programs those routes without BGP), "
                            + "or turn calico.nodeToNodeMesh on");
        }
    }

    /** True when the selector matches a node or cannot be read (the selector rule reports that). */
    private static boolean selectsANode(ValidationContext ctx, PoolSpec pool) {
        for (NodeSpec n : ctx.nodes()) {
            Boolean m = ctx.selects(pool.nodeSelector(), n);
            if (m == null || m) {
                return true;
            }
        }
        return false;
    }
}
