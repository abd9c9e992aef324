package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.net.Cidr;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.NodeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The IPAM plan: one block per node. A pinned block (spec {@code block:}) is kept; otherwise the
 * node gets the first free block, counting from the start of the first pool whose selector matches
 * it, in node order. Calico itself picks pseudo-random blocks (a hash of the hostname); labs that
 * show exact addresses pin them.
 */
final class IpamPass {
    private IpamPass() {
    }

    static List<Node> resolve(ClusterSpec cluster, Calico calico, List<Node> nodes) {
        Set<Long> used = new HashSet<>();
        for (NodeSpec n : cluster.nodes()) {
            if (n.block() != null) {
                used.add(Cidr.parse(n.block()).networkAddress());
            }
        }
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
                for (Pool pool : calico.pools()) {
                    if (Selection.matches(pool.nodeSelector(), node)) {
                        Cidr free = firstFree(Cidr.parse(pool.cidr()), pool.blockSize(), used);
                        if (free != null) {
                            used.add(free.networkAddress());
                            block = new IpamBlock(free.toString(), pool.name(), false, affinityName(node.name(), free));
                            break;
                        }
                    }
                }
            }
            out.add(node.withBlocks(block == null ? List.of() : List.of(block)));
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
