package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.Cluster;
import dev.labforge.model.FlatNetwork;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pod;
import dev.labforge.model.Tor;
import dev.labforge.model.Workload;
import dev.labforge.spec.LabSpec;
import java.util.List;
import java.util.Optional;

/**
 * Turns a valid spec into the resolved model. Reads as the list of passes it runs; each pass is a
 * small pure class that takes what earlier passes decided and returns new records.
 * Assumes the spec passed validation: it does not re-report errors.
 */
public final class Resolver {

    private Resolver() {
    }

    public static Lab resolve(LabSpec spec) {
        Optional<Tor> torBase = Optional.ofNullable(spec.tor()).map(TorPass::resolve); // platform, VLANs, gateways, router id
        Optional<FlatNetwork> network = torBase.isPresent() ? Optional.empty()
                : Optional.of(NodePass.network(spec.cluster()));                   // no ToR: the nodes' flat network
        List<Node> addressed = torBase.map(t -> NodePass.behindTor(spec.cluster(), t))
                .orElseGet(() -> NodePass.onNetwork(spec.cluster(), network.get())); // addresses, labels, static routes
        Calico calico = CalicoPass.resolve(spec.calico(), torBase, addressed);     // pools, LB pools, peers and their nodes
        List<Node> withBlocks = IpamPass.resolve(spec.cluster(), calico, addressed, spec.workloads()); // IPAM blocks: pinned, planned, claimed
        List<Node> withMtu = MtuPass.podMtus(calico, withBlocks);                  // the MTU Calico gives each node's pods
        List<Node> nodes = PeeringPass.attachPeers(withMtu, calico);              // which BGPPeers select each node
        Optional<Tor> tor = torBase.map(t -> PeeringPass.finishTor(t, spec.tor(), calico, nodes)); // ports, listen ranges, peer AS
        Cluster cluster = NodePass.cluster(spec.cluster(), nodes);
        List<Workload> workloads = WorkloadPass.resolve(spec.workloads(), nodes);  // where each workload's pods run
        List<Pod> pods = WorkloadPass.pods(workloads, nodes, calico.reservations()); // pod names and addresses
        Lab decided = new Lab(spec.name(), spec.title() == null ? spec.name() : spec.title(),
                tor, network, cluster, calico, workloads, pods, List.of());
        return decided.withChecks(CheckPass.resolve(spec.expect(), decided));     // every check verify makes
    }

    /**
     * The checks of a lab resolved elsewhere (a hand-built model in tests, a lab guide): derived from it,
     * then {@code expect} applied, exactly as {@link #resolve} does.
     */
    public static List<dev.labforge.check.Check> checks(Lab lab, dev.labforge.spec.ExpectSpec expect) {
        return CheckPass.resolve(expect, lab);
    }

    /** Pods per node name as the plan places them (node names in spec order; control planes named). */
    public static java.util.Map<String, Integer> podsPerNode(List<dev.labforge.spec.WorkloadSpec> workloads,
                                                              List<String> nodes, java.util.Set<String> controlPlanes) {
        List<String> workers = nodes.stream().filter(n -> !controlPlanes.contains(n)).toList();
        return WorkloadPass.podsPerNode(workloads, nodes, workers);
    }

    /** How many pod addresses the plan takes from a block of this prefix length. */
    public static long podCapacity(int blockPrefix) {
        return WorkloadPass.podCapacity(blockPrefix);
    }
}
