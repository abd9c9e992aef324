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
        List<String> bgpPeers) {

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
