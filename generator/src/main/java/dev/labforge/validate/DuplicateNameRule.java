package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names that must be unique: containerlab node names (ToR, cluster, kind nodes share one namespace),
 * workloads, services, pools, IP reservations and peers.
 */
final class DuplicateNameRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        Map<String, String> clabNodes = new HashMap<>();
        if (ctx.tor() != null) {
            unique(ctx, out, clabNodes, "tor.name", ctx.tor().name(), "containerlab node");
        }
        if (ctx.cluster() != null) {
            unique(ctx, out, clabNodes, "cluster.name", ctx.cluster().name(), "containerlab node");
        }
        var nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            unique(ctx, out, clabNodes, SpecPaths.nodePath(i) + ".name", nodes.get(i).name(), "containerlab node");
        }
        Map<String, String> workloads = new HashMap<>();
        Map<String, String> services = new HashMap<>();
        var ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            unique(ctx, out, workloads, "workloads[" + i + "].name", ws.get(i).name(), "workload");
            if (ws.get(i).service() != null) {
                unique(ctx, out, services, "workloads[" + i + "].service.name", ws.get(i).service().name(), "service");
            }
        }
        Map<String, String> pools = new HashMap<>();
        if (!ctx.loadBalancerIPs().isEmpty()) {
            // the LoadBalancer ranges become an IPPool of this name (k8s-manifests/lb-ippool.yaml)
            pools.put(dev.labforge.resolve.Defaults.LB_POOL_NAME, "the LoadBalancer IP pool (calico.loadBalancerIPs)");
        }
        var ps = ctx.pools();
        for (int i = 0; i < ps.size(); i++) {
            unique(ctx, out, pools, SpecPaths.poolPath(i) + ".name", ps.get(i).name(), "IP pool");
        }
        Map<String, String> reservations = new HashMap<>();
        var rs = ctx.reservations();
        for (int i = 0; i < rs.size(); i++) {
            unique(ctx, out, reservations, SpecPaths.reservationPath(i) + ".name", rs.get(i).name(), "IP reservation");
        }
        Map<String, String> peers = new HashMap<>();
        List<dev.labforge.spec.PeerSpec> pe = ctx.explicitPeers();
        for (int i = 0; i < pe.size(); i++) {
            unique(ctx, out, peers, SpecPaths.peerPath(i) + ".name", pe.get(i).name(), "BGP peer");
        }
    }

    private static void unique(ValidationContext ctx, Diagnostics out, Map<String, String> seen, String path, String name,
                               String what) {
        if (name == null) {
            return;
        }
        String first = seen.putIfAbsent(name, path);
        if (first != null) {
            out.error("E-DUPLICATE-NAME", path, ctx.at(path), what + " name '" + name + "' is already used by " + first,
                    "every " + what + " needs its own name");
        }
    }
}
