package dev.labforge.model;

import java.util.List;

/**
 * The resolved kind cluster. {@code mtu} applies to the nodes' eth1. {@code ipFamily} is kind's
 * ({@code ipv4}, {@code ipv6}, {@code dual}); the IPv6 subnets are null in an IPv4 cluster.
 */
public record Cluster(
        String name,
        String image,
        String podSubnet,
        String serviceSubnet,
        int mtu,
        List<Node> nodes,
        String ipFamily,
        String podSubnet6,
        String serviceSubnet6) {

    /** An IPv4 cluster. */
    public Cluster(String name, String image, String podSubnet, String serviceSubnet, int mtu, List<Node> nodes) {
        this(name, image, podSubnet, serviceSubnet, mtu, nodes, "ipv4", null, null);
    }

    public boolean hasIpv4() {
        return !"ipv6".equals(ipFamily);
    }

    public boolean hasIpv6() {
        return !"ipv4".equals(ipFamily);
    }

    /** The families nodes and pods have, IPv4 first. */
    public List<dev.labforge.net.IpFamily> families() {
        return hasIpv4() && hasIpv6() ? List.of(dev.labforge.net.IpFamily.IPV4, dev.labforge.net.IpFamily.IPV6)
                : List.of(hasIpv6() ? dev.labforge.net.IpFamily.IPV6 : dev.labforge.net.IpFamily.IPV4);
    }

    /** kind's podSubnet value: one prefix, or IPv4 and IPv6 joined by a comma (dual). */
    public String kindPodSubnet() {
        return joined(podSubnet, podSubnet6);
    }

    public String kindServiceSubnet() {
        return joined(serviceSubnet, serviceSubnet6);
    }

    private String joined(String v4, String v6) {
        if (!hasIpv6()) {
            return v4;
        }
        return hasIpv4() ? v4 + "," + v6 : v6;
    }

    public Node controlPlane() {
        return nodes.stream().filter(Node::controlPlane).findFirst().orElseThrow();
    }
}
