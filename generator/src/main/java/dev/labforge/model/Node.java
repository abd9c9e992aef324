package dev.labforge.model;

import java.util.List;
import java.util.Map;

/**
 * A resolved kind node.
 *
 * @param vlan         its VLAN behind the ToR; {@link #NO_VLAN} on the flat network of a lab without a ToR
 * @param ip           its address: on eth1 behind a ToR (10.10.10.11), on eth0 on the flat network (172.18.0.3)
 * @param prefixLength of its VLAN subnet or of the flat network
 * @param gateway      its VLAN's SVI address, or the flat network's gateway
 * @param routes       static routes to the other VLAN subnets via the gateway (as the clab exec lines add)
 * @param labels       Kubernetes labels (vlan=&lt;id&gt; always behind a ToR), in a stable order
 * @param blocks       IPAM blocks affine to this node (one per pool that selects it), pinned or planned
 * @param bgpPeers     names of the BGPPeers whose selectors match this node
 * @param mtu          its eth1's MTU (the link to the ToR)
 * @param podMtu       the MTU Calico gives its pods' eth0 (and its vxlan.calico): calico.mtu, or Felix's
 *                     detection (the smallest host interface MTU minus the encapsulation's overhead)
 */
public record Node(
        String name,
        boolean controlPlane,
        int vlan,
        String ip,
        int prefixLength,
        String gateway,
        List<StaticRoute> routes,
        Map<String, String> labels,
        List<IpamBlock> blocks,
        List<String> bgpPeers,
        int mtu,
        int podMtu) {

    /** At the kernel's default MTU, pods too. */
    public Node(String name, boolean controlPlane, int vlan, String ip, int prefixLength, String gateway, List<StaticRoute> routes,
            Map<String, String> labels, List<IpamBlock> blocks, List<String> bgpPeers) {
        this(name, controlPlane, vlan, ip, prefixLength, gateway, routes, labels, blocks, bgpPeers, 1500, 1500);
    }

    /** The same node with other IPAM blocks. */
    public Node withBlocks(List<IpamBlock> newBlocks) {
        return new Node(name, controlPlane, vlan, ip, prefixLength, gateway, routes, labels, newBlocks, bgpPeers, mtu, podMtu);
    }

    /** The same node with other BGP peers. */
    public Node withBgpPeers(List<String> peers) {
        return new Node(name, controlPlane, vlan, ip, prefixLength, gateway, routes, labels, blocks, peers, mtu, podMtu);
    }

    /** The same node with its pods' MTU decided. */
    public Node withPodMtu(int newPodMtu) {
        return new Node(name, controlPlane, vlan, ip, prefixLength, gateway, routes, labels, blocks, bgpPeers, mtu, newPodMtu);
    }

    /** 802.1Q's "no VLAN": a node on the flat network (VLAN ids are 1..4094). */
    public static final int NO_VLAN = 0;

    public String role() {
        return controlPlane ? "control-plane" : "worker";
    }

    public String ipCidr() {
        return ip + "/" + prefixLength;
    }

    /** The subnet the node's address is on: nodes on one subnet reach each other without a router. */
    public String subnet() {
        return dev.labforge.net.Cidr.parseInterface(ipCidr()).network().toString();
    }

    /** Labels as kubelet's --node-labels value: k=v,k=v. */
    public String nodeLabelsArg() {
        StringBuilder sb = new StringBuilder();
        labels.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.toString();
    }
}
