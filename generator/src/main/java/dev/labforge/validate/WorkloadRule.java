package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Replicas only on Deployments (at least 1), controlPlane only on DaemonSets, node on Pods and only
 * there (a node of the cluster), a command without empty words, service ports 1..65535.
 */
final class WorkloadRule implements Rule {
    static final String POD = "Pod";

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<WorkloadSpec> ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            WorkloadSpec w = ws.get(i);
            String p = "workloads[" + i + "]";
            if (w.replicas() != null) {
                if (!"Deployment".equals(w.kind()) && w.kind() != null) {
                    out.error("E-REPLICAS", p + ".replicas", ctx.at(p + ".replicas"),
                            w.kind() + " " + w.name() + " has replicas, but a " + w.kind() + " runs "
                                    + (POD.equals(w.kind()) ? "one pod" : "one pod per node"),
                            "remove replicas, or make it kind: Deployment");
                } else if (w.replicas() < 1) {
                    out.error("E-REPLICAS", p + ".replicas", ctx.at(p + ".replicas"),
                            "replicas " + w.replicas() + " of " + w.name() + " is less than 1", "use 1 or more (default 2)");
                }
            }
            if (w.controlPlane() != null && ("Deployment".equals(w.kind()) || POD.equals(w.kind()))) {
                out.error("E-CONTROL-PLANE-FLAG", p + ".controlPlane", ctx.at(p + ".controlPlane"),
                        "controlPlane is set on " + w.kind() + " " + w.name(),
                        "controlPlane only applies to DaemonSets (whether they also run on the control-plane node); remove it"
                                + (POD.equals(w.kind()) ? " and name the node under node:" : ""));
            }
            node(ctx, out, p, w);
            command(ctx, out, p, w);
            if (w.service() != null && w.service().port() != null && (w.service().port() < 1 || w.service().port() > 65535)) {
                String sp = p + ".service.port";
                out.error("E-PORT", sp, ctx.at(sp), "port " + w.service().port() + " of service " + w.service().name()
                        + " is out of range", "use a TCP port 1..65535");
            }
        }
    }

    /** A Pod names a node of the cluster; other kinds have none. */
    private static void node(ValidationContext ctx, Diagnostics out, String p, WorkloadSpec w) {
        String np = p + ".node";
        String nodes = ctx.nodes().stream().map(NodeSpec::name).collect(Collectors.joining(", "));
        if (!POD.equals(w.kind())) {
            if (w.node() != null && w.kind() != null) {
                out.error("E-WORKLOAD-NODE", np, ctx.at(np), w.kind() + " " + w.name() + " has node " + w.node()
                                + ", but only a Pod runs on one named node",
                        "remove node, or make it kind: Pod (one pod on that node)");
            }
            return;
        }
        if (w.node() == null) {
            out.error("E-WORKLOAD-NODE", p, ctx.at(p), "Pod " + w.name() + " names no node",
                    "add node: <one of " + nodes + ">; a Pod runs on the node it names");
        } else if (ctx.nodes().stream().noneMatch(n -> w.node().equals(n.name()))) {
            out.error("E-WORKLOAD-NODE", np, ctx.at(np), "Pod " + w.name() + " names node '" + w.node()
                    + "', which is not a node of the cluster", "nodes: " + nodes);
        }
    }

    private static void command(ValidationContext ctx, Diagnostics out, String p, WorkloadSpec w) {
        if (w.command() == null) {
            return;
        }
        String cp = p + ".command";
        if (w.command().isEmpty()) {
            out.error("E-COMMAND", cp, ctx.at(cp), "the command of " + w.name() + " is empty",
                    "leave command out to run the image's own entrypoint, or write e.g. [sleep, infinity]");
            return;
        }
        for (int k = 0; k < w.command().size(); k++) {
            if (w.command().get(k).isEmpty()) {
                String kp = cp + "[" + k + "]";
                out.error("E-COMMAND", kp, ctx.at(kp), "word " + (k + 1) + " of the command of " + w.name() + " is empty",
                        "write each argument as one word of the list, e.g. [sh, -c, \"sleep infinity\"]");
            }
        }
    }
}
