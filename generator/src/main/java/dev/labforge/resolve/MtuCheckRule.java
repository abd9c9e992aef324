package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.MtuCheck;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pod;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.MtuExpectSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interface MTUs wherever the lab decides one other than the kernel's 1500: each such VLAN's SVI and ports
 * on the ToR (by the platform's names), each such node's uplink (eth1, or eth0 on a flat network); with VXLAN, the vxlan.calico of every node
 * that has a VTEP (a block in a VXLAN pool) at its pod MTU; and the eth0 of the first pod on each node whose pod MTU is not 1500 (Felix decides the MTU per
 * node, so one pod per node shows it).
 */
final class MtuCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        List<Check> out = new ArrayList<>();
        lab.tor().ifPresent(tor -> torMtus(tor, out));
        String uplink = OverlayFacts.uplink(lab);
        for (Node n : lab.cluster().nodes()) {
            if (n.mtu() != Defaults.LINUX_MTU) {
                out.add(new MtuCheck(n.name(), Side.NODE, uplink, n.mtu(), true));
            }
            if (OverlayFacts.tunnelBlock(lab, n).isPresent()) {
                out.add(new MtuCheck(n.name(), Side.NODE, Defaults.VXLAN_DEVICE, n.podMtu(), true));
            }
        }
        Set<String> nodesSeen = new HashSet<>();
        for (Pod pod : lab.pods()) {
            Node n = lab.node(pod.node());
            if (n != null && nodesSeen.add(n.name()) && n.podMtu() != Defaults.LINUX_MTU) {
                out.add(new MtuCheck(pod.endpoint(), Side.POD, Defaults.POD_INTERFACE, n.podMtu(), true));
            }
        }
        return out;
    }

    private static void torMtus(Tor tor, List<Check> out) {
        for (Vlan v : tor.vlans()) {
            if (v.mtu() != Defaults.LINUX_MTU) {
                out.add(new MtuCheck(tor.name(), Side.TOR, tor.platform().sviName(v), v.mtu(), true));
                for (TorPort p : tor.ports()) {
                    if (p.vlan() == v.id()) {
                        out.add(new MtuCheck(tor.name(), Side.TOR, p.routerInterface(), v.mtu(), true));
                    }
                }
            }
        }
    }

    /** {@code expect.mtu}: the side follows from {@code on} (the ToR's name, a pod's {@code @}, else a node). */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (MtuExpectSpec e : spec.entries(MtuExpectSpec.KEY, MtuExpectSpec.class)) {
            out.add(new MtuCheck(e.on(), side(lab, e.on()), e.iface(), e.mtu(), false));
        }
        return out;
    }

    static Side side(Lab lab, String on) {
        return lab.tor().map(Tor::name).filter(on::equals).isPresent() ? Side.TOR : on.contains("@") ? Side.POD : Side.NODE;
    }
}
