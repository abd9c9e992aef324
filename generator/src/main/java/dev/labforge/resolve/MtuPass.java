package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import java.util.List;

/**
 * The MTU Calico gives each node's pods (and its vxlan.calico), as Felix decides it: {@code calico.mtu}
 * when written; otherwise the smallest MTU among the node's host interfaces (kind's eth0 on Docker's
 * network, 1500, and eth1, the link to the ToR) minus the overhead of the encapsulation the cluster's
 * pools enable (the largest of them). So a node with a jumbo eth1 still gets 1450 under VXLAN: eth0
 * caps the detection, which is what lab 18 shows.
 */
public final class MtuPass {
    /** VXLAN over IPv4: outer IP 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
    public static final int VXLAN_OVERHEAD = 50;
    /** IP in IP: one more IPv4 header. */
    public static final int IPIP_OVERHEAD = 20;

    private MtuPass() {
    }

    static List<Node> podMtus(Calico calico, List<Node> nodes) {
        int overhead = overhead(calico.pools().stream().map(Pool::encapsulation).toList());
        return nodes.stream().map(n -> n.withPodMtu(calico.mtu() != null ? calico.mtu() : detected(n.mtu(), overhead))).toList();
    }

    /** What Felix detects on a node whose eth1 has {@code linkMtu}. */
    public static int detected(int linkMtu, int overhead) {
        return Math.min(Defaults.KIND_ETH0_MTU, linkMtu) - overhead;
    }

    /** The overhead Felix subtracts for these pool encapsulations (None, IPIP..., VXLAN...): the largest. */
    public static int overhead(List<String> encapsulations) {
        int most = 0;
        for (String e : encapsulations) {
            most = Math.max(most, e == null ? IPIP_OVERHEAD : e.startsWith("VXLAN") ? VXLAN_OVERHEAD
                    : e.startsWith("IPIP") ? IPIP_OVERHEAD : 0);
        }
        return most;
    }
}
