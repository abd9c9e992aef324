package dev.labforge.spec;

import java.util.List;

/** The kind cluster. Subnets default to kind's (pod 10.244.0.0/16 unless written, service 10.96.0.0/16). */
public record ClusterSpec(
        String name,
        String image,
        String podSubnet,
        String serviceSubnet,
        Integer mtu,
        List<NodeSpec> nodes) {
}
