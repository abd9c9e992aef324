package dev.labforge.model;

import dev.labforge.check.Check;

import java.util.List;

/**
 * A lab with every decision made: addresses, gateways, ports, peers, IPAM blocks, checks.
 * Produced by the resolver from a valid spec; the only input templates see.
 *
 * @param name  containerlab topology name; namespaces/containers are clab-&lt;name&gt;-&lt;node&gt;
 * @param pods  the pods the embedded runtime creates, with planned addresses (see {@link Pod})
 * @param checks every check `lab verify` makes, in the order it reports them (see dev.labforge.check)
 */
public record Lab(
        String name,
        String title,
        Tor tor,
        Cluster cluster,
        Calico calico,
        List<Workload> workloads,
        List<Pod> pods,
        List<Check> checks) {

    public Lab {
        checks = List.copyOf(checks);
    }

    public Lab withChecks(List<Check> newChecks) {
        return new Lab(name, title, tor, cluster, calico, workloads, pods, newChecks);
    }

    /** The node with this name, or null. */
    public Node node(String nodeName) {
        return cluster.nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst().orElse(null);
    }
}
