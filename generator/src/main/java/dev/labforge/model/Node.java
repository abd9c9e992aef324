package dev.labforge.model;

import java.util.List;
import java.util.Map;

/**
 * A resolved kind node.
 *
 * @param ip           eth1 address, e.g. 10.10.10.11
 * @param prefixLength of its VLAN subnet
 * @param gateway      its VLAN's SVI address
 * @param routes       static routes to the other VLAN subnets via the gateway (as the clab exec lines add)
 * @param labels       Kubernetes labels, always including vlan=&lt;id&gt;, in a stable order
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

    public String role() {
        return controlPlane ? "control-plane" : "worker";
    }

    public String ipCidr() {
        return ip + "/" + prefixLength;
    }

    /** Labels as kubelet's --node-labels value: k=v,k=v. */
    public String nodeLabelsArg() {
        StringBuilder sb = new StringBuilder();
        labels.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.toString();
    }
}
