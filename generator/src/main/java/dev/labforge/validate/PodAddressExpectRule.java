package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.PodAddressExpectSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code expect.pod-address} entries: a pod {@code <workload>@<node>} of a DaemonSet or Pod on a node it runs on,
 * and either the address it must have ({@code ip}) or the ranges its address must be outside, not both.
 */
final class PodAddressExpectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<PodAddressExpectSpec> entries = ctx.spec().expect().entries(PodAddressExpectSpec.KEY, PodAddressExpectSpec.class);
        for (int i = 0; i < entries.size(); i++) {
            PodAddressExpectSpec e = entries.get(i);
            String p = CheckTargets.entryPath(PodAddressExpectSpec.KEY, i);
            pod(ctx, out, p + ".pod", e.pod());
            CidrRule.address(ctx, out, p + ".ip", e.ip());
            List<String> outside = e.outside() == null ? List.of() : e.outside();
            for (int j = 0; j < outside.size(); j++) {
                String op = p + ".outside[" + j + "]";
                if (outside.get(j).contains("/")) {
                    CidrRule.prefix(ctx, out, op, outside.get(j));
                } else {
                    CidrRule.address(ctx, out, op, outside.get(j));
                }
            }
            if ((e.ip() == null) == outside.isEmpty()) {
                out.error("E-CHECK-FIELD", p, ctx.at(p), e.ip() == null ? "the entry says neither the address of " + e.pod()
                                + " nor what it must be outside" : "the entry gives both ip and outside",
                        "write ip: <address> (a fixed address) or outside: [<ranges>] (e.g. the reservations)");
            }
        }
    }

    private static void pod(ValidationContext ctx, Diagnostics out, String path, String pod) {
        int at = pod == null ? -1 : pod.indexOf('@');
        WorkloadSpec w = at < 0 ? null : ctx.workloads().stream().filter(x -> x.name() != null && x.name().equals(pod.substring(0, at)))
                .findFirst().orElse(null);
        NodeSpec node = at < 0 ? null : CheckTargets.node(ctx, pod.substring(at + 1));
        boolean runsThere = w != null && node != null && ("DaemonSet".equals(w.kind())
                ? !(ctx.isControlPlane(node) && Boolean.FALSE.equals(w.controlPlane()))
                : WorkloadRule.POD.equals(w.kind()) && node.name().equals(w.node()));
        if (pod == null || runsThere) {
            return;
        }
        String pods = ctx.workloads().stream().filter(x -> WorkloadRule.POD.equals(x.kind()) && x.node() != null)
                .map(x -> x.name() + "@" + x.node()).collect(Collectors.joining(", "));
        out.error("E-CHECK-TARGET", path, ctx.at(path), "'" + pod + "' is not a pod of a DaemonSet or Pod on a node it runs on",
                "write <workload>@<node>" + (pods.isEmpty() ? "" : ", e.g. " + pods));
    }
}
