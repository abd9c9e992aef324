package dev.labforge.guide.content;

import dev.labforge.check.RouteCheck;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.StaticRoute;
import dev.labforge.net.Cidr;
import dev.labforge.resolve.MtuPass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code vxlan <node>}: the node's {@code vxlan.calico} as Felix sets it up (VNI, port, local address, its VTEP,
 * MTU) and, per other node, the neighbour and forwarding entries that carry a packet to it, and whether its
 * block is reached through the tunnel or directly. Told from the plan's route, address and MTU checks.
 */
final class VxlanRegion implements RegionType {
    /** Calico's defaults (FelixConfiguration vxlanVNI, vxlanPort). */
    static final int VNI = 4096;
    static final int PORT = 4789;

    @Override
    public String type() {
        return "vxlan";
    }

    @Override
    public String usage() {
        return "vxlan <node>|a node's VXLAN device, VTEPs, neighbours, FDB";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        node(id, ctx);
    }

    private static Node node(RegionId id, GuideContext ctx) {
        List<String> withVtep = ctx.model().cluster().nodes().stream().map(Node::name).filter(n -> ctx.vtepOf(n) != null).toList();
        return ctx.node(Regions.oneOf(id, "node with a VTEP", withVtep));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        Node n = node(id, ctx);
        String dev = Md.c(GuideContext.VXLAN_DEVICE);
        StringBuilder sb = new StringBuilder(dev).append(" on ").append(Md.c(n.name()))
                .append(" is the VXLAN device Calico creates on every node of a VXLAN pool: VNI ").append(VNI)
                .append(" and UDP port ").append(PORT).append(" (Calico's defaults), `local ").append(n.ip())
                .append("` (its eth1, the source of every outer packet), `nolearning` (Felix writes every entry itself), MTU ")
                .append(n.podMtu()).append(" (the pod MTU: ").append(MtuPass.VXLAN_OVERHEAD)
                .append(" bytes of each packet go to the outer headers). Its own address, the node's VTEP, is ")
                .append(Md.c(ctx.vtepOf(n.name()))).append(", the first address of its block.\n\n");
        sb.append("For every other node Felix writes a neighbour entry (its VTEP address to its VTEP's MAC address, `ip neigh`)"
                + " and a forwarding entry (that MAC address to the node's eth1 address, `bridge fdb`):\n\n");
        List<List<String>> rows = new ArrayList<>();
        Optional<RouteCheck> example = Optional.empty();
        for (Node other : ctx.model().cluster().nodes()) {
            String vtep = ctx.vtepOf(other.name());
            if (other.name().equals(n.name()) || vtep == null) {
                continue;
            }
            Optional<RouteCheck> tunnelled = ctx.overlayRoutesOn(n.name()).stream()
                    .filter(r -> other.name().equals(ctx.blockHolding(r.via().get(0)))).findFirst();
            if (example.isEmpty()) {
                example = tunnelled;
            }
            rows.add(List.of(other.name(), Md.c(vtep), Md.c(other.ip()), tunnelled.isPresent()
                    ? "through " + dev + ": `" + tunnelled.get().prefix() + " via " + vtep + " dev " + GuideContext.VXLAN_DEVICE
                            + " onlink` (VLAN " + other.vlan() + ", another subnet)"
                    : other.vlan() == n.vlan() ? "directly via eth1: same subnet, so the CrossSubnet pool needs no tunnel" : ""));
        }
        sb.append(Md.table(List.of("Node", "VTEP (`ip neigh`)", "FDB `dst`", "Its block is reached"), rows));
        example.ifPresent(r -> {
            String vtep = r.via().get(0);
            Node far = ctx.node(ctx.blockHolding(vtep));
            sb.append("\nSo a packet for a pod on ").append(far.name()).append(": the route sends it to ").append(Md.c(vtep))
                    .append(" on ").append(dev).append("; the neighbour entry gives that VTEP's MAC address; the forwarding"
                            + " entry says that MAC address is at ").append(Md.c(far.ip()))
                    .append("; the kernel wraps the frame in UDP to ").append(far.ip()).append(':').append(PORT).append(", and that")
                    .append(" outer packet leaves by eth1 like any other of the node's").append(outerRoute(n, far.ip())).append(".\n");
        });
        return sb.toString();
    }

    /** How the node reaches the far node's eth1: its static route to the other VLAN through the ToR, if that is the way. */
    private static String outerRoute(Node n, String ip) {
        if (Cidr.of(n.ip(), n.prefixLength()).network().contains(ip)) {
            return "";
        }
        for (StaticRoute s : n.routes()) {
            if (Cidr.parse(s.destination()).contains(ip)) {
                return " (`" + s.destination() + " via " + s.via() + "`, through the ToR)";
            }
        }
        return "";
    }
}
