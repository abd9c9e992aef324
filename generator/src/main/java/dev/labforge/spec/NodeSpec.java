package dev.labforge.spec;

import java.util.List;
import java.util.Map;

/**
 * One kind node. {@code role} is {@code control-plane} or {@code worker} (default).
 * {@code ip} may be left out: the resolver assigns the next free address of the VLAN's subnet.
 * {@code block} pins the node's Calico IPAM block (so lab guides can show exact pod addresses).
 * {@code labels} are Kubernetes node labels in addition to {@code vlan=<id>}, which is always set.
 * {@code ip6} and {@code block6} are their IPv6 twins (the VLAN's {@code subnet6}, an IPv6 pool);
 * {@code routes} are static routes of this node besides {@code cluster.routes}.
 */
public record NodeSpec(
        String name,
        String role,
        Integer vlan,
        String ip,
        String block,
        Map<String, String> labels,
        String ip6,
        String block6,
        List<RouteSpec> routes) {

    /** An IPv4-only node without routes of its own. */
    public NodeSpec(String name, String role, Integer vlan, String ip, String block, Map<String, String> labels) {
        this(name, role, vlan, ip, block, labels, null, null, null);
    }
}
