package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.model.Workload;
import dev.labforge.net.Cidr;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IPAM plan: one block per node. A pinned block (spec {@code block:}) is kept; otherwise the
 * node gets the first free block, counting from the start of the first pool whose selector matches
 * it, in node order. Calico itself picks pseudo-random blocks (a hash of the hostname); labs that
 * show exact addresses pin them. A Pod's fixed address outside its node's block makes Calico claim the
 * block around that address for the node as well: it follows the node's first block, and no other node
 * is planned into it.
 */
final class IpamPass {
    private IpamPass() {
    }

    static List<Node> resolve(ClusterSpec cluster, Calico calico, List<Node> nodes, List<WorkloadSpec> workloads) {
        Set<Long> used = new HashSet<>();
        for (NodeSpec n : cluster.nodes()) {
            if (n.block() != null) {
                used.add(Cidr.parse(n.block()).networkAddress());
            }
        }
        Map<String, List<IpamBlock>> fixed = fixedAddressBlocks(cluster, calico, workloads);
        // a block around another node's fixed address is that node's: keep it out of everyone else's plan
        Map<Long, String> fixedOwner = new HashMap<>();
        fixed.forEach((node, blocks) -> blocks.forEach(b -> fixedOwner.putIfAbsent(Cidr.parse(b.cidr()).networkAddress(), node)));
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            NodeSpec spec = cluster.nodes().get(i);
            IpamBlock block = null;
            if (spec.block() != null) {
                Cidr pinned = Cidr.parse(spec.block());
                Pool pool = calico.pools().stream().filter(p -> Cidr.parse(p.cidr()).contains(pinned)).findFirst().orElse(null);
                block = new IpamBlock(pinned.toString(), pool == null ? "" : pool.name(), true, affinityName(node.name(), pinned));
            } else {
                Set<Long> unavailable = new HashSet<>(used);
                fixedOwner.forEach((address, owner) -> {
                    if (!owner.equals(node.name())) {
                        unavailable.add(address);
                    }
                });
                for (Pool pool : calico.pools()) {
                    if (Selection.matches(pool.nodeSelector(), node)) {
                        Cidr free = firstFree(Cidr.parse(pool.cidr()), pool.blockSize(), unavailable);
                        if (free != null) {
                            used.add(free.networkAddress());
                            block = new IpamBlock(free.toString(), pool.name(), false, affinityName(node.name(), free));
                            break;
                        }
                    }
                }
            }
            List<IpamBlock> blocks = new ArrayList<>();
            if (block != null) {
                blocks.add(block);
            }
            for (IpamBlock claimed : fixed.getOrDefault(node.name(), List.of())) {
                if (blocks.stream().noneMatch(b -> b.cidr().equals(claimed.cidr())) && used.add(Cidr.parse(claimed.cidr()).networkAddress())) {
                    blocks.add(claimed);
                }
            }
            out.add(node.withBlocks(List.copyOf(blocks)));
        }
        return out;
    }

    /** Per node, the blocks around its Pods' fixed addresses (in workload order), except those in its pinned block. */
    private static Map<String, List<IpamBlock>> fixedAddressBlocks(ClusterSpec cluster, Calico calico, List<WorkloadSpec> workloads) {
        Map<String, List<IpamBlock>> out = new LinkedHashMap<>();
        for (WorkloadSpec w : workloads == null ? List.<WorkloadSpec>of() : workloads) {
            if (w.ip() == null || w.node() == null || !Workload.POD.equals(w.kind())) {
                continue;
            }
            NodeSpec node = cluster.nodes().stream().filter(n -> n.name().equals(w.node())).findFirst().orElse(null);
            Pool pool = calico.pools().stream().filter(p -> Cidr.parse(p.cidr()).contains(w.ip())).findFirst().orElse(null);
            if (node == null || pool == null || node.block() != null && Cidr.parse(node.block()).contains(w.ip())) {
                continue; // no pool: the validator reports it; inside the pinned block: nothing to claim
            }
            Cidr block = Cidr.of(w.ip(), pool.blockSize()).network();
            out.computeIfAbsent(node.name(), k -> new ArrayList<>())
                    .add(new IpamBlock(block.toString(), pool.name(), false, affinityName(node.name(), block)));
        }
        return out;
    }

    private static Cidr firstFree(Cidr pool, int blockSize, Set<Long> used) {
        long step = 1L << (32 - blockSize);
        for (long addr = pool.networkAddress(); addr <= pool.broadcastAddress(); addr += step) {
            if (!used.contains(addr)) {
                return new Cidr(addr, blockSize);
            }
        }
        return null;
    }

    /** Calico's BlockAffinity name: node, then the CIDR with '.' and '/' turned into '-'. */
    static String affinityName(String node, Cidr block) {
        return node + "-" + block.toString().replace('.', '-').replace('/', '-');
    }
}
