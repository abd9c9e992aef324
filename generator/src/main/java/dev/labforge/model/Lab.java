package dev.labforge.model;

import java.util.List;

/**
 * A lab with every decision made: addresses, gateways, ports, peers, IPAM blocks, checks.
 * Produced by the resolver from a valid spec; the only input templates see.
 *
 * @param name  containerlab topology name; namespaces/containers are clab-&lt;name&gt;-&lt;node&gt;
 * @param pods  the pods the embedded runtime creates, with planned addresses (see {@link Pod})
 */
public record Lab(
        String name,
        String title,
        Tor tor,
        Cluster cluster,
        Calico calico,
        List<Workload> workloads,
        List<Pod> pods,
        Expectations expect) {

    /** The node with this name, or null. */
    public Node node(String nodeName) {
        return cluster.nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst().orElse(null);
    }
}
