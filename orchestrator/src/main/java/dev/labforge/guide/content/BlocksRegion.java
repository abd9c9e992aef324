package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Node;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code blocks}: each node's IPAM block with the name of the BlockAffinity Calico gives it. The blocks are
 * labforge's plan; on netns (no Kubernetes API) that plan is what the runtime programs, and the region says so.
 */
final class BlocksRegion implements RegionType {

    @Override
    public String type() {
        return "blocks";
    }

    @Override
    public String usage() {
        return "blocks|IPAM blocks and block-affinity names";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        for (Block b : ctx.plan().blocks()) {
            rows.add(List.of(b.node(), Md.c(b.cidr()), b.pool(), Md.c(affinityName(ctx, b.node(), b.cidr())),
                    b.pinned() ? "pinned in lab.yaml" : "planned by labforge"));
        }
        StringBuilder sb = new StringBuilder();
        if (ctx.view().kubectl(ctx, List.of()).isEmpty()) {
            sb.append("There is no Kubernetes API on the ").append(ctx.view().runtime()).append(" runtime, so no")
                    .append(" `kubectl get blockaffinities` either. labforge's equivalent is its plan of the lab (")
                    .append(Md.c(ctx.labPath() + "/out/" + RenderedPaths.PLAN)).append("): the runtime gives each node the block"
                    + " below and the node's pods their addresses from it. The block-affinity column is the name Calico"
                    + " gives the BlockAffinity of each block.\n\n");
        } else {
            sb.append("labforge's plan of the blocks (").append(Md.c(RenderedPaths.PLAN)).append("); under containerlab"
                    + " Calico keeps a block that lab.yaml pins and chooses the others itself, so compare with"
                    + " `kubectl get blockaffinities` below.\n\n");
        }
        sb.append(Md.table(List.of("Node", "Block", "Pool", "Block affinity", "Chosen"), rows));
        return sb.toString();
    }

    /** Calico's BlockAffinity name, e.g. k01-worker-192-168-42-192-26 (from the model when it has the block). */
    static String affinityName(GuideContext ctx, String node, String cidr) {
        Node n = ctx.node(node);
        if (n != null) {
            for (IpamBlock b : n.blocks()) {
                if (b.cidr().equals(cidr)) {
                    return b.affinityName();
                }
            }
        }
        return node + "-" + cidr.replace('.', '-').replace('/', '-');
    }
}
