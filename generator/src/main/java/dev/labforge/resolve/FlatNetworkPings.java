package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pod;
import dev.labforge.model.Pool;
import dev.labforge.model.Workload;
import dev.labforge.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ping matrix of a lab without a ToR, as the series' first labs show it (03-pod-routing, 16-static-ip).
 * Reply TTLs start at 64 and lose one per node that forwards them:
 * <ul>
 *   <li>pod to pod on the same node: 63 (the node routes between two cali interfaces), once per node that
 *       runs pods of two workloads, from the first to the second;</li>
 *   <li>pod to pod across nodes: 62 (the destination's node, then the source's), from one pod of the first
 *       workload that runs on two nodes or more (on a worker, as a course guide would pick) to that workload's
 *       pod on each other node, where the destination's block is routed between the nodes: directly (Felix for
 *       CrossSubnet VXLAN, BIRD from the mesh) or through vxlan.calico (a VXLAN pool), which the inner packet
 *       crosses without losing more.</li>
 * </ul>
 */
final class FlatNetworkPings {
    static final int TTL_SAME_NODE = 63;
    static final int TTL_ACROSS_NODES = 62;

    private FlatNetworkPings() {
    }

    static List<Check> derive(Lab lab) {
        List<Check> out = new ArrayList<>();
        sameNode(lab, out);
        acrossNodes(lab, out);
        return out;
    }

    private static void sameNode(Lab lab, List<Check> out) {
        for (Node n : lab.cluster().nodes()) {
            List<Pod> here = lab.pods().stream().filter(p -> p.node().equals(n.name())).toList();
            Pod first = here.isEmpty() ? null : here.get(0);
            Pod second = here.stream().filter(p -> first != null && !p.workload().equals(first.workload())).findFirst().orElse(null);
            if (second != null) {
                out.add(new PingCheck(first.endpoint(), second.endpoint(), TTL_SAME_NODE, true, true));
            }
        }
    }

    private static void acrossNodes(Lab lab, List<Check> out) {
        for (Workload w : lab.workloads()) {
            List<Node> hosts = lab.cluster().nodes().stream().filter(n -> podOf(lab, w.name(), n) != null).toList();
            if (hosts.size() >= 2) {
                Node from = hosts.stream().filter(n -> !n.controlPlane()).findFirst().orElse(hosts.get(0));
                for (Node to : hosts) {
                    if (to != from && routed(lab, podOf(lab, w.name(), to), to)) {
                        out.add(new PingCheck(podOf(lab, w.name(), from).endpoint(), podOf(lab, w.name(), to).endpoint(),
                                TTL_ACROSS_NODES, true, true));
                    }
                }
                return; // one workload's pods prove the routes between the nodes
            }
        }
    }

    /** Whether the block holding the pod's address is one the other nodes route to its node (directly or by VXLAN). */
    private static boolean routed(Lab lab, Pod pod, Node node) {
        return node.blocks().stream().filter(b -> Cidr.parse(b.cidr()).contains(pod.ip())).map(IpamBlock::pool)
                .map(name -> PeeringFacts.pool(lab, name)).filter(Objects::nonNull)
                .anyMatch((Pool p) -> PeeringFacts.directOnSubnet(lab, p) || OverlayFacts.felixRouted(p));
    }

    private static Pod podOf(Lab lab, String workload, Node n) {
        return lab.pods().stream().filter(p -> p.workload().equals(workload) && p.node().equals(n.name())).findFirst()
                .orElse(null);
    }
}
