package dev.labforge.guide.content;

import dev.labforge.check.MtuCheck;
import dev.labforge.check.Side;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.resolve.Defaults;
import dev.labforge.resolve.MtuPass;
import java.util.ArrayList;
import java.util.List;

/** {@code mtu}: every MTU the lab checks, where it comes from (lab.yaml, or Calico's detection) and what it limits. */
final class MtuRegion implements RegionType {

    @Override
    public String type() {
        return "mtu";
    }

    @Override
    public String usage() {
        return "mtu|each checked MTU and where it comes from";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        for (MtuCheck m : ctx.mtus()) {
            rows.add(List.of(m.on(), Md.c(m.iface()), String.valueOf(m.mtu()), why(ctx, m)));
        }
        StringBuilder sb = new StringBuilder("The MTUs the lab checks:\n\n")
                .append(Md.table(List.of("On", "Interface", "MTU", "Why"), rows));
        if (ctx.view().runtime().equals("netns") && ctx.mtus().stream().anyMatch(m -> m.side() == Side.TOR)) {
            int vlan = ctx.torModel().vlans().get(0).id();
            sb.append("\nOn the netns runtime the router's Linux interfaces stand in for these: one bridge per VLAN (`br").append(vlan)
                    .append("` for VLAN ").append(vlan).append(") and one port per node (`eth1` for the first); see them with ")
                    .append(Md.c(ctx.view().typed(ctx, ctx.torName(), List.of("ip", "link", "show")))).append(".\n");
        }
        Integer calicoMtu = ctx.model().calico().mtu();
        Node any = ctx.model().cluster().nodes().get(0);
        sb.append('\n');
        if (calicoMtu != null) {
            sb.append("The pod MTU is ").append(calicoMtu).append(" because lab.yaml sets `calico.mtu` (the Installation's"
                    + " `calicoNetwork.mtu`): Calico then detects nothing.");
        } else {
            int overhead = MtuPass.overhead(ctx.model().calico().pools().stream().map(p -> p.encapsulation()).toList());
            sb.append("Nothing in lab.yaml sets `calico.mtu`, so Calico detects the pod MTU on each node: the smallest MTU of its"
                    + " host interfaces (kind's eth0 on Docker's network, ").append(Defaults.KIND_ETH0_MTU).append(", and eth1, ")
                    .append(any.mtu()).append(')').append(overhead > 0 ? " minus " + overhead + " bytes for the encapsulation = "
                            + any.podMtu() : " = " + any.podMtu()).append('.');
            if (any.mtu() > Defaults.KIND_ETH0_MTU) {
                sb.append(" The jumbo eth1 does not help: eth0 caps the detection.");
            }
        }
        sb.append(" A pod's packet may be at most its eth0's MTU; wrapped in VXLAN it grows by ").append(MtuPass.VXLAN_OVERHEAD)
                .append(" bytes, and the outer packet must fit every link it crosses.\n");
        return sb.toString();
    }

    private static String why(GuideContext ctx, MtuCheck m) {
        return switch (m.side()) {
            case TOR -> "the ToR's MTU in lab.yaml, on each VLAN interface and port";
            case NODE -> m.iface().equals(GuideContext.VXLAN_DEVICE) ? "the pod MTU (VXLAN's own device carries the pods' packets)"
                    : "the node's link to the ToR (`cluster.mtu` in lab.yaml)";
            case POD -> "the pod MTU, which Calico gives every pod's eth0";
        };
    }
}
