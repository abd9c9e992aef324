package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import java.util.List;

/**
 * A pinned block ({@code block}, or {@code block6} in an IPv6 pool) lies in a pool of its family that
 * selects the node, has that pool's block size, and belongs to one node.
 */
final class PinnedBlockRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (IpFamily family : IpFamily.values()) {
            FamilyFacts f = ctx.facts(family);
            if (f.inCluster()) {
                blocks(ctx, out, f);
            }
        }
    }

    private static void blocks(ValidationContext ctx, Diagnostics out, FamilyFacts f) {
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Cidr block = SpecValues.cidr(f.blockText(n), f.family());
            if (block == null) {
                continue;
            }
            String p = SpecPaths.nodePath(i) + "." + f.field("block");
            PoolSpec pool = null;
            for (PoolSpec candidate : f.pools()) {
                Cidr c = SpecValues.cidr(candidate.cidr(), f.family());
                if (c != null && c.contains(block)) {
                    pool = candidate;
                    break;
                }
            }
            if (pool == null) {
                String kind = f.v6() ? "IPv6 pool" : "IP pool";
                out.error("E-BLOCK-POOL", p, ctx.at(p), "block " + block + " of node " + n.name() + " is not inside any " + kind,
                        f.pools().isEmpty() ? "no " + kind + " is defined; add one under calico.pools that contains the block"
                                : "pick a block inside one of the pools: " + poolList(f));
            } else {
                Boolean selected = ctx.selects(pool.nodeSelector(), n);
                if (Boolean.FALSE.equals(selected)) {
                    out.error("E-BLOCK-POOL", p, ctx.at(p), "block " + block + " is in pool " + pool.name()
                                    + ", whose nodeSelector '" + pool.nodeSelector() + "' does not select node " + n.name(),
                            "Calico only allocates from pools that select the node; pick a block in a pool that does");
                }
                int size = f.blockSize(pool);
                // an impossible block size is the pool rule's error; comparing against it says nothing more
                if (size >= 0 && size <= f.maxBlock() && block.prefixLength() != size) {
                    out.error("E-BLOCK-SIZE", p, ctx.at(p), "block " + block + " is a /" + block.prefixLength()
                                    + " but pool " + pool.name() + " uses /" + size + " blocks",
                            "pin a /" + size + ", e.g. " + block.withPrefixLength(size));
                }
            }
            for (int j = 0; j < i; j++) {
                Cidr other = SpecValues.cidr(f.blockText(nodes.get(j)), f.family());
                if (other != null && other.overlaps(block)) {
                    out.error("E-BLOCK-SHARED", p, ctx.at(p), "block " + block + " of node " + n.name()
                                    + " overlaps block " + other + " of node " + nodes.get(j).name(),
                            "a block is affine to one node; give each node its own block");
                }
            }
        }
    }

    private static String poolList(FamilyFacts f) {
        return f.pools().stream().map(pl -> pl.name() + " " + pl.cidr()).reduce((a, b) -> a + ", " + b).orElse("(none)");
    }
}
