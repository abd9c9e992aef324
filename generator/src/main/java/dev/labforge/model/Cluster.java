package dev.labforge.model;

import java.util.List;

/** The resolved kind cluster. {@code mtu} applies to the nodes' eth1. */
public record Cluster(
        String name,
        String image,
        String podSubnet,
        String serviceSubnet,
        int mtu,
        List<Node> nodes) {

    public Node controlPlane() {
        return nodes.stream().filter(Node::controlPlane).findFirst().orElseThrow();
    }
}
