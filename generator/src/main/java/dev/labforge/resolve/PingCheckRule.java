package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pod;
import dev.labforge.model.Pool;
import dev.labforge.model.Tor;
import dev.labforge.model.Workload;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.PingExpectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ping matrix, from the pods of the first DaemonSet that runs on two nodes or more. Reply TTLs
 * start at 64 and lose one per router on the way back:
 * <ul>
 *   <li>pod to pod through a route-reflector ToR with next-hop-self: 61 (dst node, ToR, src node);</li>
 *   <li>pod to pod on the same subnet by direct routes (VXLAN/IPIP CrossSubnet pools): 62; IPIP's
 *       routes come from BGP, so without any (a ToR without BGP and no node mesh) only VXLAN's count;</li>
 *   <li>pod to pod across subnets through the VXLAN overlay, when both pods' blocks are in VXLAN pools and
 *       the ToR reflects none of them: 62 too (the two nodes route the inner packet; the ToR only the
 *       outer one);</li>
 *   <li>ToR to pod, when the ToR learns pod blocks: 63 (dst node).</li>
 * </ul>
 * A lab without a ToR pings within its flat network instead ({@link FlatNetworkPings}).
 */
final class PingCheckRule implements CheckPass.Rule {
    static final int TTL_VIA_TOR = 61;
    static final int TTL_SAME_SUBNET = 62;
    static final int TTL_FROM_TOR = 63;
    static final int TTL_OVERLAY = 62;

    @Override
    public List<Check> derive(Lab lab) {
        return lab.tor().map(tor -> throughTor(lab, tor)).orElseGet(() -> FlatNetworkPings.derive(lab));
    }

    private static List<Check> throughTor(Lab lab, Tor tor) {
        List<Check> out = new ArrayList<>();
        Optional<Workload> probe = lab.workloads().stream().filter(Workload::daemonSet).filter(w -> w.nodes().size() >= 2)
                .findFirst();
        if (probe.isEmpty()) {
            return out;
        }
        Workload w = probe.get();
        boolean exported = lab.calico().pools().stream().anyMatch(Pool::bgpExport);
        boolean reflected = tor.routeReflector() && exported;
        boolean anyBgp = tor.runsBgp() || lab.calico().nodeToNodeMesh();
        boolean sameSubnetDirect = lab.calico().pools().stream()
                .anyMatch(p -> "CrossSubnet".equals(p.vxlanMode()) || anyBgp && "CrossSubnet".equals(p.ipipMode()));
        List<Node> withPod = lab.cluster().nodes().stream().filter(n -> podOf(lab.pods(), w, n) != null).toList();
        // One representative pod per VLAN; prefer workers, as a course guide would.
        Map<Integer, Node> perVlan = new LinkedHashMap<>();
        withPod.stream().filter(n -> !n.controlPlane()).forEach(n -> perVlan.putIfAbsent(n.vlan(), n));
        withPod.forEach(n -> perVlan.putIfAbsent(n.vlan(), n));
        List<Node> reps = List.copyOf(perVlan.values());
        if (reflected) {
            if (reps.size() >= 2) {
                for (int i = 0; i < reps.size(); i++) {
                    for (int j = i + 1; j < reps.size(); j++) {
                        out.add(ping(w, reps.get(i), reps.get(j), TTL_VIA_TOR));
                    }
                }
            } else {
                List<Node> two = pair(withPod);
                if (two != null) {
                    out.add(ping(w, two.get(0), two.get(1), TTL_VIA_TOR));
                }
            }
            for (Node n : reps) {
                out.add(new PingCheck(tor.name(), w.name() + "@" + n.name(), TTL_FROM_TOR, true, true));
            }
        } else {
            if (sameSubnetDirect) {
                for (Node rep : reps) {
                    Node other = withPod.stream().filter(n -> n.vlan() == rep.vlan() && !n.name().equals(rep.name()))
                            .findFirst().orElse(null);
                    if (other != null) {
                        out.add(ping(w, rep, other, TTL_SAME_SUBNET));
                    }
                }
            }
            for (int i = 0; i < reps.size(); i++) {
                for (int j = i + 1; j < reps.size(); j++) {
                    if (tunnelled(lab, reps.get(i)) && tunnelled(lab, reps.get(j))) {
                        out.add(ping(w, reps.get(i), reps.get(j), TTL_OVERLAY));
                    }
                }
            }
        }
        return out;
    }

    /** The node's pods are in a VXLAN pool, so Felix carries their traffic to other subnets through the tunnel. */
    private static boolean tunnelled(Lab lab, Node n) {
        return OverlayFacts.tunnelBlock(lab, n).isPresent();
    }

    /**
     * {@code expect.ping}: a left-out TTL comes from the derived ping with the same endpoints and packet; an
     * expected error means no reply (and no TTL).
     */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (PingExpectSpec p : spec.ping()) {
            boolean df = Boolean.TRUE.equals(p.dontFragment());
            String error = p.error() == null ? "" : p.error();
            Check previous = derived.get(new PingCheck(p.from(), p.to(), null, true, p.size(), df, "", false).key());
            boolean reachable = error.isEmpty() && (p.reachable() == null || p.reachable());
            Integer ttl = !reachable ? null : p.ttl() != null ? p.ttl() : previous instanceof PingCheck was ? was.ttl() : null;
            out.add(new PingCheck(p.from(), p.to(), ttl, reachable, p.size(), df, error, false));
        }
        return out;
    }

    private static List<Node> pair(List<Node> nodes) {
        List<Node> workers = nodes.stream().filter(n -> !n.controlPlane()).toList();
        List<Node> pool = workers.size() >= 2 ? workers : nodes;
        return pool.size() >= 2 ? List.of(pool.get(0), pool.get(1)) : null;
    }

    static PingCheck ping(Workload w, Node from, Node to, int ttl) {
        return new PingCheck(w.name() + "@" + from.name(), w.name() + "@" + to.name(), ttl, true, true);
    }

    private static Pod podOf(List<Pod> pods, Workload w, Node n) {
        return pods.stream().filter(p -> p.workload().equals(w.name()) && p.node().equals(n.name())).findFirst().orElse(null);
    }
}
