package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;

/**
 * Names end up as containerlab node names, container and host names, and Kubernetes object names, so
 * they must be DNS-1123 labels. We never derive Linux interface names from them (see docs/spec.md).
 */
final class NameRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        String lab = ctx.spec().name();
        if (lab != null) {
            if (!Names.CLAB_NAME.matcher(lab).matches() || !Names.isDnsLabel(lab)) {
                out.error("E-NAME", "name", ctx.at("name"), "lab name '" + lab + "' " + Names.whyNotDnsLabel(lab),
                        "use lowercase letters, digits and '-' (a DNS-1123 label, which also satisfies containerlab's "
                                + "^[a-zA-Z0-9][a-zA-Z0-9-._]*$), e.g. " + Names.suggest(lab));
            }
        }
        if (ctx.tor() != null) {
            label(ctx, out, "tor.name", "ToR", ctx.tor().name());
            String tor = ctx.tor().name();
            if (lab != null && tor != null) {
                String container = "clab-" + lab + "-" + tor;
                if (container.length() > Names.MAX_LABEL) {
                    out.error("E-NAME-LENGTH", "name", ctx.at("name"),
                            "container name '" + container + "' is " + container.length() + " characters long",
                            "containerlab names the ToR container clab-<lab>-<tor>; it must fit in 63 characters, "
                                    + "so shorten the lab name or the ToR name by " + (container.length() - Names.MAX_LABEL));
                }
            }
        }
        if (ctx.cluster() != null) {
            label(ctx, out, "cluster.name", "cluster", ctx.cluster().name());
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            label(ctx, out, SpecPaths.nodePath(i) + ".name", "node", nodes.get(i).name());
        }
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            label(ctx, out, SpecPaths.poolPath(i) + ".name", "pool", pools.get(i).name());
        }
        List<PeerSpec> peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            label(ctx, out, SpecPaths.peerPath(i) + ".name", "peer", peers.get(i).name());
        }
        List<dev.labforge.spec.ReservationSpec> reservations = ctx.reservations();
        for (int i = 0; i < reservations.size(); i++) {
            label(ctx, out, SpecPaths.reservationPath(i) + ".name", "reservation", reservations.get(i).name());
        }
        List<WorkloadSpec> workloads = ctx.workloads();
        for (int i = 0; i < workloads.size(); i++) {
            WorkloadSpec w = workloads.get(i);
            label(ctx, out, "workloads[" + i + "].name", "workload", w.name());
            if (w.service() != null) {
                label(ctx, out, "workloads[" + i + "].service.name", "service", w.service().name());
            }
        }
    }

    private static void label(ValidationContext ctx, Diagnostics out, String path, String what, String name) {
        if (name == null || Names.isDnsLabel(name)) {
            return;
        }
        out.error("E-NAME", path, ctx.at(path), what + " name '" + name + "' " + Names.whyNotDnsLabel(name),
                "names must be DNS-1123 labels: lowercase letters, digits and '-', at most 63 characters, "
                        + "starting and ending with a letter or digit, e.g. " + Names.suggest(name));
    }
}
