package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Calico;
import dev.labforge.model.Pool;
import dev.labforge.net.Cidr;
import dev.labforge.rendered.RenderedPaths;
import java.util.List;

/** {@code ippools}: the Installation's calicoNetwork as rendered, each field explained from the model. */
final class IpPoolsRegion implements RegionType {

    @Override
    public String type() {
        return "ippools";
    }

    @Override
    public String usage() {
        return "ippools|the Installation's IP pools, explained";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        Regions.require(ctx, RenderedPaths.CUSTOM_RESOURCES);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        String file = RenderedPaths.CUSTOM_RESOURCES;
        String network = Excerpt.yamlBlock(Regions.require(ctx, file), "calicoNetwork");
        StringBuilder sb = new StringBuilder("The operator's Installation (").append(Md.c(file))
                .append(") declares the pools; this is its `calicoNetwork` part:\n\n").append(Md.code("yaml", network)).append('\n');
        Calico calico = ctx.model().calico();
        for (Pool p : calico.pools()) {
            sb.append(explain(ctx, p)).append('\n');
        }
        if (!calico.nodeAddressCidrs().isEmpty()) {
            List<String> picked = ctx.model().cluster().nodes().stream()
                    .filter(n -> calico.nodeAddressCidrs().stream().anyMatch(c -> Cidr.parse(c).contains(n.ip())))
                    .map(n -> n.name() + " " + n.ip()).toList();
            sb.append("- `nodeAddressAutodetectionV4.cidrs`: ").append(Md.c(String.join(", ", calico.nodeAddressCidrs())))
                    .append(" — each node's BGP address is its address inside this range, i.e. its `eth1`: ")
                    .append(Md.list(picked)).append(".\n");
        }
        if (ctx.files().read(RenderedPaths.LB_IPPOOL) != null) {
            sb.append("\nThe LoadBalancer addresses come from a pool of their own, in ").append(Md.c(RenderedPaths.LB_IPPOOL))
                    .append(" (").append(Md.list(calico.loadBalancerIPs())).append(", only for LoadBalancer services).\n");
        }
        return sb.toString();
    }

    private static String explain(GuideContext ctx, Pool p) {
        Cidr cidr = Cidr.parse(p.cidr());
        long perBlock = 1L << (32 - p.blockSize());
        List<String> nodes = ctx.plan().blocks().stream().filter(b -> b.pool().equals(p.name())).map(b -> b.node()).distinct().toList();
        StringBuilder sb = new StringBuilder("Pool ").append(Md.c(p.name())).append(":\n\n");
        sb.append("- `cidr`: ").append(Md.c(p.cidr())).append(" — ").append(cidr.size()).append(" pod addresses.\n");
        sb.append("- `blockSize`: ").append(Md.c(p.blockSize())).append(" — Calico hands the pool out in /").append(p.blockSize())
                .append(" blocks of ").append(perBlock).append(" addresses, each affine to one node.\n");
        sb.append("- `encapsulation`: ").append(Md.c(p.encapsulation())).append(" — ").append(encapsulation(p)).append('\n');
        sb.append("- `natOutgoing`: ").append(Md.c(p.natOutgoingText())).append(" — ").append(p.natOutgoing()
                ? "pods leaving the pool for outside addresses are masqueraded to their node's address."
                : "pods keep their own address when they talk to the outside.").append('\n');
        sb.append("- `nodeSelector`: ").append(Md.c(p.nodeSelector())).append(" — ").append(nodes.isEmpty()
                ? "no node takes blocks from this pool: it is held in reserve."
                : "blocks go to " + Md.list(nodes) + ".").append('\n');
        sb.append("- `disableBGPExport`: ").append(Md.c(p.disableBGPExport())).append(" — ").append(p.bgpExport()
                ? "each node advertises its blocks of this pool to its BGP peers."
                : "the pool's blocks are never advertised to BGP peers.").append('\n');
        return sb.toString();
    }

    private static String encapsulation(Pool p) {
        return switch (p.encapsulation()) {
            case "None" -> "no overlay: packets between pods are routed natively, so the routers in between must learn the"
                    + " blocks (here over BGP).";
            case "VXLANCrossSubnet" -> "nodes in the same subnet route pod traffic to each other directly; between subnets"
                    + " it is carried in VXLAN.";
            case "VXLAN" -> "all pod traffic between nodes is carried in VXLAN.";
            case "IPIPCrossSubnet" -> "IP-in-IP between subnets, direct routes within one.";
            case "IPIP" -> "all pod traffic between nodes is carried in IP-in-IP.";
            default -> "as Calico defines it.";
        };
    }

}
