package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.check.PingCheck;
import dev.labforge.check.PlanFormatException;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.runtime.netns.EmulationPlan.BlockPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PingPlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** labforge/plan.yaml as the netns runtime needs it: IPAM blocks per node, the pods to create, the ping checks. */
final class PlanReader {

    private PlanReader() {
    }

    record Plan(List<BlockPlan> blocks, List<PodPlan> pods, List<PingPlan> pings) {
    }

    /** The folder's plan.yaml, read once for the whole folder. */
    static RenderedPlan load(Path dir) {
        try {
            return RenderedPlan.read(dir);
        } catch (PlanFormatException e) {
            throw new NetnsConfigException(e.getMessage(), e);
        }
    }

    static Plan read(RenderedPlan plan, String lab, List<NodePlan> nodes) {
        String file = RenderedPaths.PLAN;
        if (!plan.lab().equals(lab)) {
            throw new NetnsConfigException(file + ": lab is " + plan.lab() + " but " + RenderedPaths.TOPOLOGY + " is " + lab
                    + "; the folder mixes two renders");
        }
        Set<String> nodeNames = new HashSet<>();
        nodes.forEach(n -> nodeNames.add(n.name()));
        List<BlockPlan> blocks = new ArrayList<>();
        for (RenderedPlan.Block b : plan.blocks()) {
            String where = file + ": blocks[" + blocks.size() + "]";
            String node = knownNode(b.node(), nodeNames, where);
            try {
                Cidr.parse(b.cidr());
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException(where + ": " + e.getMessage());
            }
            blocks.add(new BlockPlan(node, b.cidr(), b.pool(), b.pinned()));
        }
        List<PodPlan> pods = new ArrayList<>();
        Set<String> podNames = new HashSet<>();
        for (RenderedPlan.PlannedPod p : plan.pods()) {
            String where = file + ": pods[" + pods.size() + "]";
            if (!NetnsNames.isValidName(p.workload())) {
                throw new NetnsConfigException(where + ": workload '" + p.workload() + "' cannot name a namespace");
            }
            String node = knownNode(p.node(), nodeNames, where);
            if (!Ipv4.isValid(p.ip())) {
                throw new NetnsConfigException(where + ": ip '" + p.ip() + "' is not an IPv4 address (the netns runtime needs"
                        + " IPv4 on every pod; IPv6-only clusters run on --runtime clab)");
            }
            if (p.ip6() != null && !(dev.labforge.net.Ip.isValid(p.ip6()) && p.ip6().indexOf(':') >= 0)) {
                throw new NetnsConfigException(where + ": ip6 '" + p.ip6() + "' is not an IPv6 address");
            }
            if (!podNames.add(p.endpoint())) {
                throw new NetnsConfigException(where + ": a second pod of " + p.workload() + " on " + node);
            }
            pods.add(new PodPlan(p.name(), p.workload(), node, p.ip(), p.ip6() == null ? null : dev.labforge.net.Ip.canonical(p.ip6())));
        }
        List<PingPlan> pings = plan.checks().stream().filter(PingCheck.class::isInstance).map(PingCheck.class::cast)
                .map(c -> new PingPlan(c.from(), c.to(), c.ttl(), c.reachable())).toList();
        return new Plan(blocks, pods, pings);
    }

    private static String knownNode(String node, Set<String> nodes, String where) {
        if (!nodes.contains(node)) {
            throw new NetnsConfigException(where + ": node " + node + " is not a node of the topology (" + String.join(", ",
                    nodes.stream().sorted().toList()) + ")");
        }
        return node;
    }
}
