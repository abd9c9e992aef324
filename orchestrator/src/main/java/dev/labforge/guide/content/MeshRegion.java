package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.guide.doc.RegionId;
import java.util.ArrayList;
import java.util.List;

/** {@code mesh}: the BGP sessions between the nodes (Calico's node-to-node mesh) that the lab expects, from the plan. */
final class MeshRegion implements RegionType {

    @Override
    public String type() {
        return "mesh";
    }

    @Override
    public String usage() {
        return "mesh|the nodes' BGP sessions with each other";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        if (meshSessions(ctx).isEmpty()) {
            throw new IllegalArgumentException("region `mesh` needs BGP sessions between nodes, and this lab has none");
        }
    }

    /** Node sessions whose peer is another node. */
    static List<BgpSessionCheck> meshSessions(GuideContext ctx) {
        return ctx.nodeSessions().stream().filter(s -> ctx.node(s.peerName()) != null).toList();
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        for (BgpSessionCheck s : meshSessions(ctx)) {
            rows.add(List.of(s.on(), s.peerName(), Md.c(s.peer()), s.established() ? "Established" : "no session"));
        }
        int nodes = ctx.model().cluster().nodes().size();
        return "Calico's node-to-node mesh: every node opens an iBGP session (AS " + ctx.model().calico().asn()
                + ") to every other, " + nodes * (nodes - 1) / 2 + " sessions for " + Md.plural(nodes, "node")
                + ", each seen from both ends:\n\n" + Md.table(List.of("Node", "Peer", "Peer address", "Expected"), rows);
    }
}
