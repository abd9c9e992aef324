package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every node needs a pool that selects it, or its pods never get an address: in each family the
 * cluster runs (a dual-stack pod has an IPv4 and an IPv6 address).
 */
final class NodePoolRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (IpFamily family : ctx.families()) {
            check(ctx, out, ctx.facts(family));
        }
    }

    private static void check(ValidationContext ctx, Diagnostics out, FamilyFacts f) {
        List<PoolSpec> pools = f.pools();
        List<NodeSpec> nodes = ctx.nodes();
        String kind = f.v6() ? "IPv6 pool" : "IP pool";
        if (pools.isEmpty()) {
            if (!nodes.isEmpty() && ctx.calico() != null) {
                out.error("E-NODE-NO-POOL", "calico.pools", ctx.at("calico.pools"), "no " + kind + " is defined, so no node gets "
                                + (f.v6() ? "an IPv6 " : "a ") + "pod block and pods get no " + (f.v6() ? "IPv6 " : "") + "address",
                        "add a pool inside cluster." + f.field("podSubnet") + ", e.g. pools: [{cidr: "
                                + (f.podSubnet() == null ? (f.v6() ? "fd00:10:244::/64" : "192.168.0.0/17") : f.podSubnet()) + "}]");
            }
            return;
        }
        capacity(ctx, out, f, pools, nodes);
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
                String p = SpecPaths.nodePath(i);
                out.error("E-NODE-NO-POOL", p, ctx.at(p), "no " + kind + " selects node " + n.name() + " (labels "
                                + ctx.nodeLabels(n).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")) + ")",
                        "pods on it would get no " + (f.v6() ? "IPv6 " : "") + "address; give one pool nodeSelector: all() "
                                + "or a selector that matches it");
            }
        }
    }

    /**
     * Hands out blocks the way the resolver does (pinned blocks first, then the first free block of the
     * first selecting pool, in node order) and reports every node left without one.
     */
    private static void capacity(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<PoolSpec> pools, List<NodeSpec> nodes) {
        for (PoolSpec p : pools) {
            Cidr c = SpecValues.cidr(p.cidr(), f.family());
            int bs = f.blockSize(p);
            if (c == null || bs < c.prefixLength() || bs > f.maxBlock()) {
                return; // reported by the pool rule
            }
        }
        Integer[] prefix = new Integer[nodes.size()];
        Set<Ip> used = new HashSet<>();
        for (NodeSpec n : nodes) {
            Cidr b = SpecValues.cidr(f.blockText(n), f.family());
            if (b != null) {
                used.add(b.first());
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            if (f.blockText(n) != null) {
                Cidr pinned = SpecValues.cidr(f.blockText(n), f.family());
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
                Cidr c = SpecValues.cidr(p.cidr(), f.family());
                long blocks = blockCount(c, f.blockSize(p));
                int hostBits = f.family().bits() - f.blockSize(p); // at most 12: block sizes start at /20 and /116
                // among the first used.size() + 1 blocks one is free, if the pool has that many
                for (long k = 0; k < blocks && k <= used.size(); k++) {
                    if (used.add(c.first().plus(k << hostBits))) {
                        got = true;
                        prefix[i] = f.blockSize(p);
                        break;
                    }
                }
                if (got) {
                    break;
                }
            }
            if (anySelects && !got) {
                String path = SpecPaths.nodePath(i);
                out.error("E-POOL-FULL", path, ctx.at(path), "node " + n.name() + " gets no pod block: every block of the pools "
                                + "that select it is already taken by other nodes (" + pools.stream()
                                .filter(p -> Boolean.TRUE.equals(ctx.selects(p.nodeSelector(), n)))
                                .map(p -> p.name() + " " + p.cidr() + " holds " + blockCount(SpecValues.cidr(p.cidr(), f.family()),
                                        f.blockSize(p)) + " /" + f.blockSize(p) + " blocks")
                                .collect(Collectors.joining(", ")) + ")",
                        "each node needs a block of its own: widen the pool, use smaller blocks (a larger blockSize), or add a pool");
            }
        }
        blockRoom(ctx, out, f, nodes, prefix);
    }

    /** Blocks of this size in the pool; Long.MAX_VALUE when more than that (IPv6). */
    private static long blockCount(Cidr pool, int blockSize) {
        int bits = blockSize - pool.prefixLength();
        return bits >= 62 ? Long.MAX_VALUE : 1L << bits;
    }

    /** The plan takes one address per pod from the node's one block; more pods than it holds lose theirs. */
    private static void blockRoom(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<NodeSpec> nodes, Integer[] prefix) {
        if (nodes.stream().anyMatch(n -> n.name() == null)) {
            return;
        }
        List<String> names = nodes.stream().map(NodeSpec::name).toList();
        Set<String> controlPlanes = nodes.stream().filter(ctx::isControlPlane).map(NodeSpec::name).collect(Collectors.toSet());
        java.util.Map<String, Integer> pods = dev.labforge.resolve.Resolver.podsPerNode(ctx.workloads(), names, controlPlanes);
        for (int i = 0; i < nodes.size(); i++) {
            int count = pods.getOrDefault(names.get(i), 0);
            if (prefix[i] == null || count == 0) {
                continue;
            }
            long room = dev.labforge.resolve.Resolver.podCapacity(f.family(), prefix[i]);
            if (count > room) {
                String path = SpecPaths.nodePath(i) + (f.blockText(nodes.get(i)) != null ? "." + f.field("block") : "");
                out.error("E-BLOCK-FULL", path, ctx.at(path), "node " + names.get(i) + " runs " + count + " pods but its /"
                                + prefix[i] + " block holds " + room + " pod address" + (room == 1 ? "" : "es")
                                + " (the first and last address are not handed out)",
                        "use larger blocks (a smaller blockSize, e.g. " + f.defaultBlockSize() + "), or fewer replicas on this node");
            }
        }
    }
}
