package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the {@code expect:} entries of each check type share: which router or node a check looks at. */
final class CheckTargets {
    /** Interface names as Linux (eth1, vxlan.calico) and router CLIs (Vlan10, Ethernet1/1, Port-Channel1) write them. */
    static final Pattern INTERFACE = Pattern.compile("[A-Za-z][A-Za-z0-9._/:-]{0,31}");

    private CheckTargets() {
    }

    /** True when {@code on} is the ToR or a node; otherwise reports E-CHECK-TARGET at {@code path}. */
    static boolean torOrNode(ValidationContext ctx, Diagnostics out, String path, String on) {
        if (on == null || isTor(ctx, on) || node(ctx, on) != null) {
            return on != null;
        }
        out.error("E-CHECK-TARGET", path, ctx.at(path), "'" + on + "' is not " + (ctx.hasTor() ? "the ToR or a node" : "a node"),
                ctx.hasTor() ? "use the ToR (" + torName(ctx) + ") or a node (" + nodeNames(ctx) + ")"
                        : "the lab has no ToR; use a node (" + nodeNames(ctx) + ")");
        return false;
    }

    static boolean isTor(ValidationContext ctx, String name) {
        return name != null && name.equals(torName(ctx));
    }

    static NodeSpec node(ValidationContext ctx, String name) {
        return ctx.nodes().stream().filter(n -> n.name() != null && n.name().equals(name)).findFirst().orElse(null);
    }

    /** The ToR's name, or null in a lab without one. */
    static String torName(ValidationContext ctx) {
        return ctx.tor() == null ? null : ctx.tor().name();
    }

    static String nodeNames(ValidationContext ctx) {
        return ctx.nodes().stream().map(NodeSpec::name).collect(Collectors.joining(", "));
    }

    /** The path of entry i under expect.&lt;key&gt;. */
    static String entryPath(String key, int i) {
        return "expect." + key + "[" + i + "]";
    }

    /** A BGP check against a ToR that runs no BGP: E-TOR-NO-BGP, once per entry. */
    static boolean torRunsBgp(ValidationContext ctx, Diagnostics out, String path, String what) {
        if (ctx.torRunsBgp()) {
            return true;
        }
        out.error("E-TOR-NO-BGP", path, ctx.at(path), "the ToR " + torName(ctx) + " runs no BGP (" + TorBgp.whyNot(ctx)
                + "), so there is " + what, "remove the entry; route and ping checks work on any ToR");
        return false;
    }

    /**
     * True when {@code ep} is the ToR, a node, or {@code <workload>@<node>} where that workload has a pod (a
     * DaemonSet pod, or a Pod on its node); otherwise reports E-PING-ENDPOINT at {@code path}.
     */
    static boolean endpoint(ValidationContext ctx, Diagnostics out, String path, String ep) {
        if (ep == null) {
            return false;
        }
        String tor = ctx.tor() == null ? null : ctx.tor().name();
        List<NodeSpec> nodes = ctx.nodes();
        int at = ep.indexOf('@');
        if (at < 0) {
            if (ep.equals(tor) || nodes.stream().anyMatch(n -> ep.equals(n.name()))) {
                return true;
            }
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' is not " + (tor != null ? "the ToR, " : "") + "a node or a pod",
                    "use " + (tor != null ? "the ToR (" + tor + "), " : "") + "a node (" + nodeNames(ctx)
                            + ") or <workload>@<node>, e.g. " + example(ctx));
            return false;
        }
        String workload = ep.substring(0, at);
        String nodeName = ep.substring(at + 1);
        WorkloadSpec w = ctx.workloads().stream().filter(x -> workload.equals(x.name())).findFirst().orElse(null);
        NodeSpec node = nodes.stream().filter(n -> nodeName.equals(n.name())).findFirst().orElse(null);
        if (w == null) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names workload '" + workload + "', which is not defined",
                    ctx.workloads().isEmpty() ? "no workloads are defined; add a DaemonSet under workloads:"
                            : "workloads: " + ctx.workloads().stream().map(WorkloadSpec::name).collect(Collectors.joining(", ")));
            return false;
        } else if (node == null) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names node '" + nodeName + "', which is not defined",
                    nodes.isEmpty() ? "no nodes are defined; add them under cluster.nodes"
                            : "nodes: " + nodes.stream().map(NodeSpec::name).collect(Collectors.joining(", ")));
            return false;
        } else if (WorkloadRule.POD.equals(w.kind())) {
            if (w.node() != null && !w.node().equals(nodeName)) {
                out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "': Pod " + workload + " runs on " + w.node()
                                + ", not on " + nodeName,
                        "write " + workload + "@" + w.node());
                return false;
            }
        } else if (!"DaemonSet".equals(w.kind())) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "' names " + w.kind() + " " + workload
                            + ", whose pods have no fixed node",
                    "ping endpoints must be DaemonSet pods or Pods on a named node, e.g. " + example(ctx));
            return false;
        } else if (ctx.isControlPlane(node) && Boolean.FALSE.equals(w.controlPlane())) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + ep + "': DaemonSet " + workload
                            + " does not run on control-plane node " + nodeName + " (controlPlane: false)",
                    "pick a worker node, or remove controlPlane: false from the workload");
            return false;
        }
        return true;
    }

    private static String example(ValidationContext ctx) {
        WorkloadSpec ds = ctx.workloads().stream().filter(w -> "DaemonSet".equals(w.kind())).findFirst().orElse(null);
        NodeSpec worker = ctx.nodes().stream().filter(n -> !ctx.isControlPlane(n)).findFirst()
                .orElse(ctx.nodes().isEmpty() ? null : ctx.nodes().get(0));
        return (ds == null ? "multitool-1" : ds.name()) + "@" + (worker == null ? "k01-worker" : worker.name());
    }
}
