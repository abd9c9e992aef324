package dev.labforge.spec;

import java.util.List;

/**
 * The kind cluster. Subnets default to kind's (pod 10.244.0.0/16 unless written, service 10.96.0.0/16;
 * IPv6 fd00:10:244::/56 and fd00:10:96::/112). {@code ipFamily}: ipv4 (default), ipv6 or dual.
 * {@code routes} are static routes every node gets. {@code network} is the flat network of a lab without a
 * ToR (null otherwise, or when left at its default).
 */
public record ClusterSpec(
        String name,
        String image,
        String podSubnet,
        String serviceSubnet,
        Integer mtu,
        NetworkSpec network,
        List<NodeSpec> nodes,
        String ipFamily,
        String podSubnet6,
        String serviceSubnet6,
        List<RouteSpec> routes) {

    /** A cluster behind a ToR (no flat network), IPv4, without node routes. */
    public ClusterSpec(String name, String image, String podSubnet, String serviceSubnet, Integer mtu, List<NodeSpec> nodes) {
        this(name, image, podSubnet, serviceSubnet, mtu, null, nodes);
    }

    /** IPv4, without node routes. */
    public ClusterSpec(String name, String image, String podSubnet, String serviceSubnet, Integer mtu, NetworkSpec network,
            List<NodeSpec> nodes) {
        this(name, image, podSubnet, serviceSubnet, mtu, network, nodes, null, null, null, null);
    }
}
