package dev.labforge.resolve;

import dev.labforge.model.Node;
import dev.labforge.model.Pod;
import dev.labforge.model.Reservation;
import dev.labforge.model.Service;
import dev.labforge.model.Workload;
import dev.labforge.net.Cidr;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each workload's pods run and which addresses they get. DaemonSets run on every node
 * (workers only with {@code controlPlane: false}); Deployments spread their replicas over the
 * workers in node order; a Pod runs on its node. Pod addresses count up from the second address of
 * the node's block, past reserved and fixed ones; a Pod with a fixed address has it.
 */
final class WorkloadPass {
    private WorkloadPass() {
    }

    static List<Workload> resolve(List<WorkloadSpec> specs, List<Node> nodes) {
        if (specs == null) {
            return List.of();
        }
        List<String> workers = nodes.stream().filter(n -> !n.controlPlane()).map(Node::name).toList();
        List<String> all = nodes.stream().map(Node::name).toList();
        List<Workload> out = new ArrayList<>();
        for (WorkloadSpec w : specs) {
            boolean daemonSet = Workload.DAEMON_SET.equals(w.kind());
            List<String> placed = placement(w, all, workers);
            boolean controlPlane = Workload.POD.equals(w.kind())
                    ? nodes.stream().anyMatch(n -> n.controlPlane() && placed.contains(n.name()))
                    : w.controlPlane() != null ? w.controlPlane() : daemonSet;
            int replicas = placed.size();
            Service service = null;
            if (w.service() != null) {
                ServiceSpec s = w.service();
                service = new Service(s.name() != null ? s.name() : w.name() + "-service",
                        s.type() != null ? s.type() : "ClusterIP",
                        s.port() != null ? s.port() : Defaults.SERVICE_PORT);
            }
            out.add(new Workload(w.name(), w.kind(), w.image(), replicas, controlPlane, placed, service, w.command(),
                    Workload.POD.equals(w.kind()) ? w.ip() : null));
        }
        return List.copyOf(out);
    }

    /** The node of each pod of the workload, in pod order (a node appears once per pod it runs). */
    static List<String> placement(WorkloadSpec w, List<String> all, List<String> workers) {
        if (Workload.POD.equals(w.kind())) {
            return w.node() != null && all.contains(w.node()) ? List.of(w.node()) : List.of();
        }
        boolean daemonSet = Workload.DAEMON_SET.equals(w.kind());
        boolean controlPlane = w.controlPlane() != null ? w.controlPlane() : daemonSet;
        List<String> candidates = controlPlane ? all : workers;
        if (candidates.isEmpty()) {
            candidates = all;
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        int replicas = daemonSet ? candidates.size() : (w.replicas() != null ? w.replicas() : Defaults.DEPLOYMENT_REPLICAS);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            placed.add(candidates.get(i % candidates.size()));
        }
        return placed;
    }

    /** How many pods the plan puts on each node, for the validator's block-capacity check. */
    static Map<String, Integer> podsPerNode(List<WorkloadSpec> specs, List<String> all, List<String> workers) {
        Map<String, Integer> count = new HashMap<>();
        for (WorkloadSpec w : specs) {
            for (String n : placement(w, all, workers)) {
                count.merge(n, 1, Integer::sum);
            }
        }
        return count;
    }

    /** Pods a block holds in the plan: its addresses minus the first and the last. */
    static long podCapacity(int blockPrefix) {
        return Math.max(0, (1L << (32 - blockPrefix)) - 2);
    }

    /**
     * A Pod with a fixed address keeps it (its block was claimed for its node by {@link IpamPass}); the
     * others count up from the node's first block, skipping reserved and fixed addresses as Calico IPAM does.
     */
    static List<Pod> pods(List<Workload> workloads, List<Node> nodes, List<Reservation> reservations) {
        List<Cidr> reserved = reservations.stream().flatMap(r -> r.cidrs().stream()).map(Cidr::parse).toList();
        Set<String> fixed = workloads.stream().map(Workload::fixedIp).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Integer> nextHost = new HashMap<>();
        Map<String, Integer> perWorkloadNode = new HashMap<>();
        List<Pod> pods = new ArrayList<>();
        for (Node node : nodes) {
            if (node.blocks().isEmpty()) {
                continue;
            }
            Cidr block = Cidr.parse(node.blocks().get(0).cidr());
            for (Workload w : workloads) {
                for (String placed : w.nodes()) {
                    if (!placed.equals(node.name())) {
                        continue;
                    }
                    int nth = perWorkloadNode.merge(w.name() + "@" + node.name(), 1, Integer::sum);
                    // a Pod is named by its workload, as in Kubernetes; other pods by workload and node
                    String name = w.pod() ? w.name() : w.name() + "-" + node.name() + (nth > 1 ? "-" + nth : "");
                    if (w.fixedIp() != null) {
                        pods.add(new Pod(name, w.name(), node.name(), w.fixedIp()));
                        continue;
                    }
                    int host = nextHost.merge(node.name(), 1, Integer::sum);
                    while (host < block.size() - 1 && taken(block.host(host), reserved, fixed)) {
                        host = nextHost.merge(node.name(), 1, Integer::sum);
                    }
                    if (host >= block.size() - 1) {
                        continue; // the block is full; the validator reports it (E-BLOCK-FULL)
                    }
                    pods.add(new Pod(name, w.name(), node.name(), block.host(host)));
                }
            }
        }
        return List.copyOf(pods);
    }

    private static boolean taken(String address, List<Cidr> reserved, Set<String> fixed) {
        return fixed.contains(address) || reserved.stream().anyMatch(r -> r.contains(address));
    }
}
