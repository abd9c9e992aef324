package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ping endpoints name the ToR, a node, or {@code <workload>@<node>} where that workload runs (a DaemonSet
 * pod, or a Pod on its node); TTL 1..255.
 */
final class PingRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<PingExpectSpec> pings = ValidationContext.nonNull(ctx.spec().expect().ping());
        for (int i = 0; i < pings.size(); i++) {
            PingExpectSpec ping = pings.get(i);
            String p = "expect.ping[" + i + "]";
            endpoint(ctx, out, p + ".from", ping.from());
            endpoint(ctx, out, p + ".to", ping.to());
            if (ping.from() != null && ping.from().equals(ping.to())) {
                out.error("E-PING-ENDPOINT", p + ".to", ctx.at(p + ".to"), "'" + ping.to() + "' pings itself; that proves nothing about the lab",
                        "ping another pod, node or the ToR, e.g. from a pod in one VLAN to a pod in another");
            }
            if (ping.ttl() != null && (ping.ttl() < 1 || ping.ttl() > 255)) {
                out.error("E-TTL", p + ".ttl", ctx.at(p + ".ttl"), "TTL " + ping.ttl() + " is out of range",
                        "a reply TTL is 1..255 (Linux starts at 64, each routed hop takes one)");
            }
        }
    }

    private static void endpoint(ValidationContext ctx, Diagnostics out, String path, String ep) {
        if (ep == null) {
            return;
        }
        String tor = ctx.tor() == null ? null : ctx.tor().name();
        List<NodeSpec> nodes = ctx.nodes();
        int at = ep.indexOf('@');
        if (at < 0) {
            if (ep.equals(tor) || nodes.stream().anyMatch(n -> ep.equals(n.name()))) {
                return;
            }
            String nodeNames = nodes.stream().map(NodeSpec::name).collect(Collectors.joining(", "));
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' is not " + (tor != null ? "the ToR, " : "") + "a node or a pod",
                    "use " + (tor != null ? "the ToR (" + tor + "), " : "") + "a node (" + nodeNames
                            + ") or <workload>@<node>, e.g. " + example(ctx));
            return;
        }
        String workload = ep.substring(0, at);
        String nodeName = ep.substring(at + 1);
        WorkloadSpec w = ctx.workloads().stream().filter(x -> workload.equals(x.name())).findFirst().orElse(null);
        NodeSpec node = nodes.stream().filter(n -> nodeName.equals(n.name())).findFirst().orElse(null);
        if (w == null) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names workload '" + workload + "', which is not defined",
                    ctx.workloads().isEmpty() ? "no workloads are defined; add a DaemonSet under workloads:"
                            : "workloads: " + ctx.workloads().stream().map(WorkloadSpec::name).collect(Collectors.joining(", ")));
        } else if (node == null) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names node '" + nodeName + "', which is not defined",
                    nodes.isEmpty() ? "no nodes are defined; add them under cluster.nodes"
                            : "nodes: " + nodes.stream().map(NodeSpec::name).collect(Collectors.joining(", ")));
        } else if (WorkloadRule.POD.equals(w.kind())) {
            if (w.node() != null && !w.node().equals(nodeName)) {
                out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "': Pod " + workload + " runs on " + w.node()
                                + ", not on " + nodeName,
                        "write " + workload + "@" + w.node());
            }
        } else if (!"DaemonSet".equals(w.kind())) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names " + w.kind() + " " + workload
                            + ", whose pods have no fixed node",
                    "ping endpoints must be DaemonSet pods or Pods on a named node, e.g. " + example(ctx));
        } else if (ctx.isControlPlane(node) && Boolean.FALSE.equals(w.controlPlane())) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "': DaemonSet " + workload
                            + " does not run on control-plane node " + nodeName + " (controlPlane: false)",
                    "pick a worker node, or remove controlPlane: false from the workload");
        }
    }

    private static String example(ValidationContext ctx) {
        WorkloadSpec ds = ctx.workloads().stream().filter(w -> "DaemonSet".equals(w.kind())).findFirst().orElse(null);
        NodeSpec worker = ctx.nodes().stream().filter(n -> !ctx.isControlPlane(n)).findFirst()
                .orElse(ctx.nodes().isEmpty() ? null : ctx.nodes().get(0));
        return (ds == null ? "multitool-1" : ds.name()) + "@" + (worker == null ? "k01-worker" : worker.name());
    }
}
