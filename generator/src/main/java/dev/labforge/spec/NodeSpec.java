package dev.labforge.spec;

import java.util.Map;

/**
 * One kind node. {@code role} is {@code control-plane} or {@code worker} (default).
 * {@code ip} may be left out: the resolver assigns the next free address of the VLAN's subnet.
 * {@code block} pins the node's Calico IPAM block (so lab guides can show exact pod addresses).
 * {@code labels} are Kubernetes node labels in addition to {@code vlan=<id>}, which is always set.
 * {@code mtu} is its eth1's, default {@code cluster.mtu}.
 */
public record NodeSpec(
        String name,
        String role,
        Integer vlan,
        String ip,
        String block,
        Map<String, String> labels,
        Integer mtu) {

    /** With the cluster's MTU. */
    public NodeSpec(String name, String role, Integer vlan, String ip, String block, Map<String, String> labels) {
        this(name, role, vlan, ip, block, labels, null);
    }
}
