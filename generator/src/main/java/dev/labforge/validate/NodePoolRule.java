package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import java.util.List;
import java.util.stream.Collectors;

/** Every node needs a pool that selects it, or its pods never get an address. */
final class NodePoolRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<PoolSpec> pools = ctx.pools();
        List<NodeSpec> nodes = ctx.nodes();
        if (pools.isEmpty()) {
            if (!nodes.isEmpty() && ctx.calico() != null) {
                out.error("E-NODE-NO-POOL", "calico.pools", ctx.at("calico.pools"), "no IP pool is defined, so no node gets a "
                                + "pod block and pods get no address",
                        "add a pool inside cluster.podSubnet, e.g. pools: [{cidr: "
                                + (ctx.podSubnet() == null ? "192.168.0.0/17" : ctx.podSubnet()) + "}]");
            }
            return;
        }
        capacity(ctx, out, pools, nodes);
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            boolean unknown = false;
            boolean selected = false;
            for (PoolSpec p : pools) {
                Boolean m = ctx.selects(p.nodeSelector(), n);
                unknown |= m == null;
                selected |= Boolean.TRUE.equals(m);
            }
            if (!selected && !unknown) {
                String p = ValidationContext.nodePath(i);
                out.error("E-NODE-NO-POOL", p, ctx.at(p), "no IP pool selects node " + n.name() + " (labels "
                                + ctx.nodeLabels(n).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")) + ")",
                        "pods on it would get no address; give one pool nodeSelector: all() or a selector that matches it");
            }
        }
    }

    /**
     * Hands out blocks the way the resolver does (pinned blocks first, then the first free block of the
     * first selecting pool, in node order) and reports every node left without one.
     */
    private static void capacity(ValidationContext ctx, Diagnostics out, List<PoolSpec> pools, List<NodeSpec> nodes) {
        for (PoolSpec p : pools) {
            Cidr c = ValidationContext.cidr(p.cidr());
            int bs = ctx.blockSize(p);
            if (c == null || bs < c.prefixLength() || bs > 32) {
                return; // reported by the pool rule
            }
        }
        Integer[] prefix = new Integer[nodes.size()];
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (NodeSpec n : nodes) {
            Cidr b = ValidationContext.cidr(n.block());
            if (b != null) {
                used.add(b.networkAddress());
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            if (n.block() != null) {
                Cidr pinned = ValidationContext.cidr(n.block());
                prefix[i] = pinned == null ? null : pinned.prefixLength();
                continue;
            }
            boolean anySelects = false;
            boolean got = false;
            for (PoolSpec p : pools) {
                Boolean m = ctx.selects(p.nodeSelector(), n);
                if (m == null) {
                    return; // selector errors are reported elsewhere
                }
                if (!m) {
                    continue;
                }
                anySelects = true;
                Cidr c = ValidationContext.cidr(p.cidr());
                long step = 1L << (32 - ctx.blockSize(p));
                for (long a = c.networkAddress(); a <= c.broadcastAddress(); a += step) {
                    if (used.add(a)) {
                        got = true;
                        prefix[i] = ctx.blockSize(p);
                        break;
                    }
                }
                if (got) {
                    break;
                }
            }
            if (anySelects && !got) {
                String path = ValidationContext.nodePath(i);
                out.error("E-POOL-FULL", path, ctx.at(path), "node " + n.name() + " gets no pod block: every block of the pools "
                                + "that select it is already taken by other nodes (" + pools.stream()
                                .filter(p -> Boolean.TRUE.equals(ctx.selects(p.nodeSelector(), n)))
                                .map(p -> p.name() + " " + p.cidr() + " holds " + (1L << (ctx.blockSize(p)
                                        - ValidationContext.cidr(p.cidr()).prefixLength())) + " /" + ctx.blockSize(p) + " blocks")
                                .collect(Collectors.joining(", ")) + ")",
                        "each node needs a block of its own: widen the pool, use smaller blocks (a larger blockSize), or add a pool");
            }
        }
        blockRoom(ctx, out, nodes, prefix);
    }

    /** The plan takes one address per pod from the node's one block; more pods than it holds lose theirs. */
    private static void blockRoom(ValidationContext ctx, Diagnostics out, List<NodeSpec> nodes, Integer[] prefix) {
        if (nodes.stream().anyMatch(n -> n.name() == null)) {
            return;
        }
        List<String> names = nodes.stream().map(NodeSpec::name).toList();
        java.util.Set<String> controlPlanes = nodes.stream().filter(ctx::isControlPlane).map(NodeSpec::name)
                .collect(Collectors.toSet());
        java.util.Map<String, Integer> pods = dev.labforge.resolve.Resolver.podsPerNode(ctx.workloads(), names, controlPlanes);
        for (int i = 0; i < nodes.size(); i++) {
            int count = pods.getOrDefault(names.get(i), 0);
            if (prefix[i] == null || count == 0) {
                continue;
            }
            long room = dev.labforge.resolve.Resolver.podCapacity(prefix[i]);
            if (count > room) {
                String path = ValidationContext.nodePath(i) + (nodes.get(i).block() != null ? ".block" : "");
                out.error("E-BLOCK-FULL", path, ctx.at(path), "node " + names.get(i) + " runs " + count + " pods but its /"
                                + prefix[i] + " block holds " + room + " pod address" + (room == 1 ? "" : "es")
                                + " (the first and last address are not handed out)",
                        "use larger blocks (a smaller blockSize, e.g. 26), or fewer replicas on this node");
            }
        }
    }
}
