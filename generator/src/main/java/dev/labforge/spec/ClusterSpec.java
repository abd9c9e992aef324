package dev.labforge.spec;

import java.util.List;

/**
 * The kind cluster. Subnets default to kind's (pod 10.244.0.0/16 unless written, service 10.96.0.0/16).
 * {@code network} is the flat network of a lab without a ToR (null otherwise, or when left at its default).
 */
public record ClusterSpec(
        String name,
        String image,
        String podSubnet,
        String serviceSubnet,
        Integer mtu,
        NetworkSpec network,
        List<NodeSpec> nodes) {

    /** A cluster behind a ToR (no flat network). */
    public ClusterSpec(String name, String image, String podSubnet, String serviceSubnet, Integer mtu, List<NodeSpec> nodes) {
        this(name, image, podSubnet, serviceSubnet, mtu, null, nodes);
    }
}
