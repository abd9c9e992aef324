package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.NodeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The IPAM plan: one block per node and family (IPv4 first). A pinned block (spec {@code block:},
 * {@code block6:}) is kept; otherwise the node gets the first free block, counting from the start of
 * the first pool of the family whose selector matches it, in node order. Calico itself picks
 * pseudo-random blocks (a hash of the hostname); labs that show exact addresses pin them.
 */
final class IpamPass {
    private IpamPass() {
    }

    static List<Node> resolve(ClusterSpec cluster, Calico calico, List<Node> nodes) {
        boolean ipv4 = !"ipv6".equals(cluster.ipFamily());
        Set<Ip> used = new HashSet<>();
        for (NodeSpec n : cluster.nodes()) {
            for (String pinned : new String[] {n.block(), n.block6()}) {
                if (pinned != null) {
                    used.add(Cidr.parse(pinned).first());
                }
            }
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            NodeSpec spec = cluster.nodes().get(i);
            List<IpamBlock> blocks = new ArrayList<>();
            if (ipv4) {
                block(node, spec.block(), IpFamily.IPV4, calico, used, blocks);
            }
            if (node.hasIpv6()) {
                block(node, spec.block6(), IpFamily.IPV6, calico, used, blocks);
            }
            out.add(node.withBlocks(List.copyOf(blocks)));
        }
        return out;
    }

    private static void block(Node node, String pinnedText, IpFamily family, Calico calico, Set<Ip> used, List<IpamBlock> out) {
        List<Pool> pools = calico.pools().stream().filter(p -> p.family() == family).toList();
        if (pinnedText != null) {
            Cidr pinned = Cidr.parse(pinnedText);
            Pool pool = pools.stream().filter(p -> Cidr.parse(p.cidr()).contains(pinned)).findFirst().orElse(null);
            out.add(new IpamBlock(pinned.toString(), pool == null ? "" : pool.name(), true, affinityName(node.name(), pinned)));
            return;
        }
        for (Pool pool : pools) {
            if (Selection.matches(pool.nodeSelector(), node)) {
                Cidr free = firstFree(Cidr.parse(pool.cidr()), pool.blockSize(), used);
                if (free != null) {
                    used.add(free.first());
                    out.add(new IpamBlock(free.toString(), pool.name(), false, affinityName(node.name(), free)));
                    return;
                }
            }
        }
    }

    /** The first block of the pool not in use; among the first used.size() + 1 blocks one is free, if the pool has them. */
    private static Cidr firstFree(Cidr pool, int blockSize, Set<Ip> used) {
        int hostBits = pool.family().bits() - blockSize;
        int blockBits = blockSize - pool.prefixLength();
        long blocks = blockBits >= 62 ? Long.MAX_VALUE : 1L << blockBits;
        for (long k = 0; k < blocks && k <= used.size(); k++) {
            Ip start = pool.first().plus(k << hostBits);
            if (!used.contains(start)) {
                return Cidr.of(start, blockSize);
            }
        }
        return null;
    }

    /** Calico's BlockAffinity name: node, then the CIDR with '.', ':' and '/' turned into '-'. */
    static String affinityName(String node, Cidr block) {
        return node + "-" + block.toString().replace('.', '-').replace(':', '-').replace('/', '-');
    }
}
