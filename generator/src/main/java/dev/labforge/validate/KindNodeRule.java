package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import java.util.List;

/**
 * kind names its node containers {@code <cluster>-control-plane}, {@code <cluster>-worker},
 * {@code <cluster>-worker2}, ... in the order of the nodes list; the ext-container nodes that wire
 * them must use exactly these names, or the links silently go nowhere.
 */
final class KindNodeRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.cluster() == null) {
            return;
        }
        List<NodeSpec> nodes = ctx.nodes();
        long controlPlanes = nodes.stream().filter(ctx::isControlPlane).count();
        if (controlPlanes == 0) {
            out.error("E-CONTROL-PLANE", "cluster.nodes", ctx.at("cluster.nodes"),
                    "the cluster has no control-plane node",
                    "mark exactly one node with role: control-plane");
        }
        String cluster = ctx.cluster().name();
        int cp = 0;
        int workers = 0;
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            String p = SpecPaths.nodePath(i);
            String expected;
            if (ctx.isControlPlane(n)) {
                cp++;
                if (cp > 1) {
                    out.error("E-CONTROL-PLANE", p + ".role", ctx.at(p + ".role"),
                            "node " + n.name() + " is a second control-plane node",
                            "labforge builds single control-plane clusters; make it role: worker");
                }
                expected = cluster + "-control-plane" + (cp > 1 ? String.valueOf(cp) : "");
            } else {
                workers++;
                expected = cluster + "-worker" + (workers > 1 ? String.valueOf(workers) : "");
            }
            if (cluster != null && n.name() != null && !n.name().equals(expected)) {
                out.error("E-KIND-NAME", p + ".name", ctx.at(p + ".name"),
                        "node name '" + n.name() + "' does not match the container kind creates for this position",
                        "kind names the " + ordinal(ctx.isControlPlane(n) ? cp : workers) + " "
                                + (ctx.isControlPlane(n) ? "control-plane" : "worker") + " of cluster " + cluster + " '"
                                + expected + "'; name the node '" + expected + "'");
            }
        }
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
