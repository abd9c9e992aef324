package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.Expectations;
import dev.labforge.model.Node;
import dev.labforge.model.PingCheck;
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
 * The ping matrix a verify runs. Derived from the design, then the author's entries are applied:
 * an entry with the same from/to replaces the derived one, others are added.
 *
 * <p>Derived TTLs (a reply starts at 64 and loses one per router on the way back):
 * <ul>
 *   <li>pod to pod through a route-reflector ToR with next-hop-self: 61 (dst node, ToR, src node);</li>
 *   <li>pod to pod on the same subnet by direct routes (VXLAN/IPIP CrossSubnet pools): 62;</li>
 *   <li>ToR to pod, when the ToR learns pod blocks: 63 (dst node).</li>
 * </ul>
 */
final class ExpectPass {
    static final int TTL_VIA_TOR = 61;
    static final int TTL_SAME_SUBNET = 62;
    static final int TTL_FROM_TOR = 63;

    private ExpectPass() {
    }

    static Expectations resolve(ExpectSpec spec, Tor tor, Calico calico, List<Node> nodes,
                                List<Workload> workloads, List<Pod> pods) {
        Map<String, PingCheck> checks = new LinkedHashMap<>();
        boolean derive = spec == null || spec.derive() == null || spec.derive();
        if (derive) {
            for (PingCheck c : derived(tor, calico, nodes, workloads, pods)) {
                checks.put(key(c.from(), c.to()), c);
            }
        }
        if (spec != null && spec.ping() != null) {
            for (PingExpectSpec p : spec.ping()) {
                PingCheck previous = checks.get(key(p.from(), p.to()));
                Integer ttl = p.ttl() != null ? p.ttl() : previous == null ? null : previous.ttl();
                boolean reachable = p.reachable() == null || p.reachable();
                checks.put(key(p.from(), p.to()), new PingCheck(p.from(), p.to(), ttl, reachable, false));
            }
        }
        return new Expectations(List.copyOf(checks.values()));
    }

    private static String key(String from, String to) {
        return from + "->" + to;
    }

    private static List<PingCheck> derived(Tor tor, Calico calico, List<Node> nodes, List<Workload> workloads, List<Pod> pods) {
        List<PingCheck> out = new ArrayList<>();
        Optional<Workload> probe = workloads.stream().filter(Workload::daemonSet).filter(w -> w.nodes().size() >= 2).findFirst();
        if (probe.isEmpty()) {
            return out;
        }
        Workload w = probe.get();
        boolean exported = calico.pools().stream().anyMatch(Pool::bgpExport);
        boolean reflected = tor.routeReflector() && exported;
        boolean sameSubnetDirect = calico.pools().stream()
                .anyMatch(p -> "CrossSubnet".equals(p.vxlanMode()) || "CrossSubnet".equals(p.ipipMode()));
        List<Node> withPod = nodes.stream().filter(n -> podOf(pods, w, n) != null).toList();
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
        } else if (sameSubnetDirect) {
            for (Node rep : reps) {
                Node other = withPod.stream().filter(n -> n.vlan() == rep.vlan() && !n.name().equals(rep.name()))
                        .findFirst().orElse(null);
                if (other != null) {
                    out.add(ping(w, rep, other, TTL_SAME_SUBNET));
                }
            }
        }
        return out;
    }

    private static List<Node> pair(List<Node> nodes) {
        List<Node> workers = nodes.stream().filter(n -> !n.controlPlane()).toList();
        List<Node> pool = workers.size() >= 2 ? workers : nodes;
        return pool.size() >= 2 ? List.of(pool.get(0), pool.get(1)) : null;
    }

    private static PingCheck ping(Workload w, Node from, Node to, int ttl) {
        return new PingCheck(w.name() + "@" + from.name(), w.name() + "@" + to.name(), ttl, true, true);
    }

    private static Pod podOf(List<Pod> pods, Workload w, Node n) {
        return pods.stream().filter(p -> p.workload().equals(w.name()) && p.node().equals(n.name())).findFirst().orElse(null);
    }
}
