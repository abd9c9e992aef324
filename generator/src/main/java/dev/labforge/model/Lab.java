package dev.labforge.model;

import dev.labforge.check.Check;

import java.util.List;
import java.util.Optional;

/**
 * A lab with every decision made: addresses, gateways, ports, peers, IPAM blocks, checks.
 * Produced by the resolver from a valid spec; the only input templates see.
 *
 * @param name    containerlab topology name; namespaces/containers are clab-&lt;name&gt;-&lt;node&gt;
 * @param tor     the top-of-rack router; empty for a lab whose nodes sit on one flat network
 * @param network that flat network (kind's Docker network); empty when the nodes sit behind a ToR
 * @param pods    the pods the embedded runtime creates, with planned addresses (see {@link Pod})
 * @param checks every check `lab verify` makes, in the order it reports them (see dev.labforge.check)
 */
public record Lab(
        String name,
        String title,
        Optional<Tor> tor,
        Optional<FlatNetwork> network,
        Cluster cluster,
        Calico calico,
        List<Workload> workloads,
        List<Pod> pods,
        List<Check> checks) {

    public Lab {
        if (tor.isPresent() == network.isPresent()) {
            throw new IllegalArgumentException("a lab has either a ToR or a flat network, not " + (tor.isPresent() ? "both" : "neither"));
        }
        checks = List.copyOf(checks);
    }

    /** A lab behind a ToR. */
    public Lab(String name, String title, Tor tor, Cluster cluster, Calico calico, List<Workload> workloads, List<Pod> pods,
            List<Check> checks) {
        this(name, title, Optional.of(tor), Optional.empty(), cluster, calico, workloads, pods, checks);
    }

    public Lab withChecks(List<Check> newChecks) {
        return new Lab(name, title, tor, network, cluster, calico, workloads, pods, newChecks);
    }

    /** The node with this name, or null. */
    public Node node(String nodeName) {
        return cluster.nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst().orElse(null);
    }
}
