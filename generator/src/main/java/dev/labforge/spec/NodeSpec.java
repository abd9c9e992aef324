package dev.labforge.spec;

import java.util.Map;

/**
 * One kind node. {@code role} is {@code control-plane} or {@code worker} (default).
 * {@code vlan} is required with a ToR and not written without one (the nodes then sit on the cluster's
 * flat network). {@code ip} may be left out: the resolver assigns the next free address of the VLAN's
 * subnet, or on the flat network the address kind's order gives the node.
 * {@code block} pins the node's Calico IPAM block (so lab guides can show exact pod addresses).
 * {@code labels} are Kubernetes node labels in addition to {@code vlan=<id>}, which is always set with a ToR.
 * {@code mtu} is its eth1's, default {@code cluster.mtu} (a lab without a ToR writes none).
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
