package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import java.util.List;

/** A pinned block lies in a pool that selects the node, has that pool's block size, and belongs to one node. */
final class PinnedBlockRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Cidr block = ValidationContext.cidr(n.block());
            if (block == null) {
                continue;
            }
            String p = ValidationContext.nodePath(i) + ".block";
            PoolSpec pool = null;
            for (PoolSpec candidate : ctx.pools()) {
                Cidr c = ValidationContext.cidr(candidate.cidr());
                if (c != null && c.contains(block)) {
                    pool = candidate;
                    break;
                }
            }
            if (pool == null) {
                out.error("E-BLOCK-POOL", p, ctx.at(p), "block " + block + " of node " + n.name() + " is not inside any IP pool",
                        ctx.pools().isEmpty() ? "no IP pool is defined; add one under calico.pools that contains the block"
                                : "pick a block inside one of the pools: " + poolList(ctx));
            } else {
                Boolean selected = ctx.selects(pool.nodeSelector(), n);
                if (Boolean.FALSE.equals(selected)) {
                    out.error("E-BLOCK-POOL", p, ctx.at(p), "block " + block + " is in pool " + pool.name()
                                    + ", whose nodeSelector '" + pool.nodeSelector() + "' does not select node " + n.name(),
                            "Calico only allocates from pools that select the node; pick a block in a pool that does");
                }
                int size = ctx.blockSize(pool);
                // an impossible block size is the pool rule's error; comparing against it says nothing more
                if (size >= 0 && size <= 32 && block.prefixLength() != size) {
                    out.error("E-BLOCK-SIZE", p, ctx.at(p), "block " + block + " is a /" + block.prefixLength()
                                    + " but pool " + pool.name() + " uses /" + size + " blocks",
                            "pin a /" + size + ", e.g. " + new Cidr(block.networkAddress(), size).network());
                }
            }
            for (int j = 0; j < i; j++) {
                Cidr other = ValidationContext.cidr(nodes.get(j).block());
                if (other != null && other.overlaps(block)) {
                    out.error("E-BLOCK-SHARED", p, ctx.at(p), "block " + block + " of node " + n.name()
                                    + " overlaps block " + other + " of node " + nodes.get(j).name(),
                            "a block is affine to one node; give each node its own block");
                }
            }
        }
    }

    private static String poolList(ValidationContext ctx) {
        return ctx.pools().stream().map(pl -> pl.name() + " " + pl.cidr()).reduce((a, b) -> a + ", " + b).orElse("(none)");
    }
}
