package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.runtime.netns.EmulationPlan.NetworkPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rendered lab without a ToR: its topology holds only the k8s-kind node (kind wires its own nodes onto its
 * Docker network), so the kind config gives the nodes and their roles, and labforge/plan.yaml the flat network
 * and each node's address on it. Reads files only; every problem is a {@link NetnsConfigException}.
 */
final class FlatLabReader {
    private static final String TOPOLOGY = RenderedPaths.TOPOLOGY;

    private FlatLabReader() {
    }

    static EmulationPlan read(Path dir, String lab, Map<?, ?> topology, Map<?, ?> nodes, RenderedPlan rendered,
            RenderedPlan.Network network) {
        String cluster = null;
        String kindFile = null;
        for (Map.Entry<?, ?> e : nodes.entrySet()) {
            String name = String.valueOf(e.getKey());
            String where = TOPOLOGY + ": node " + name;
            String kind = RenderedYaml.string(RenderedYaml.mapping(e.getValue(), TOPOLOGY, "node " + name), "kind", where);
            if (!kind.equals("k8s-kind")) {
                throw new NetnsConfigException(where + ": a " + kind + " node, but " + RenderedPaths.PLAN + " names no ToR: a lab"
                        + " without a ToR has only its k8s-kind node; the folder mixes two renders: re-render the lab");
            }
            if (cluster != null) {
                throw new NetnsConfigException(where + ": a second kind cluster (the first is " + cluster + ")");
            }
            cluster = name;
            kindFile = RenderedYaml.string(RenderedYaml.mapping(e.getValue(), TOPOLOGY, "node " + name), "startup-config", where);
        }
        if (cluster == null) {
            throw new NetnsConfigException(TOPOLOGY + ": no k8s-kind node");
        }
        if (topology.get("links") instanceof List<?> links && !links.isEmpty()) {
            throw new NetnsConfigException(TOPOLOGY + ": links, but " + RenderedPaths.PLAN + " names no ToR to cable the"
                    + " nodes to; re-render the lab");
        }
        Cidr subnet = RenderedYaml.parseInterface(network.subnet(), RenderedPaths.PLAN + ": network.subnet");
        if (!Ipv4.isValid(network.gateway()) || !subnet.contains(network.gateway())) {
            throw new NetnsConfigException(RenderedPaths.PLAN + ": network.gateway '" + network.gateway() + "' is not an address of "
                    + subnet);
        }
        List<KindConfigReader.KindNode> kindNodes = KindConfigReader.read(dir, kindFile, cluster);
        List<NodePlan> nodePlans = nodePlans(kindNodes, network, subnet, kindFile);
        CalicoResources calico = CalicoResources.read(dir);
        PlanReader.Plan plan = PlanReader.read(rendered, lab, nodePlans);
        return new EmulationPlan(lab, cluster, java.util.Optional.empty(),
                java.util.Optional.of(new NetworkPlan(network.name(), subnet.toString(), network.gateway())), nodePlans,
                plan.pods(), plan.blocks(), calico, EmulationPlan.noRouter(), plan.pings());
    }

    /** The kind config's nodes, in its order, each at the address plan.yaml gives it on the flat network. */
    private static List<NodePlan> nodePlans(List<KindConfigReader.KindNode> kindNodes, RenderedPlan.Network network, Cidr subnet,
            String kindFile) {
        List<String> kindNames = kindNodes.stream().map(KindConfigReader.KindNode::name).toList();
        List<String> planned = network.nodes().stream().map(RenderedPlan.NodeAddress::name).toList();
        if (!kindNames.equals(planned)) {
            throw new NetnsConfigException(RenderedPaths.PLAN + ": nodes " + planned + " are not the nodes of " + kindFile + " "
                    + kindNames + "; the folder mixes two renders: re-render the lab");
        }
        List<NodePlan> out = new ArrayList<>();
        for (int i = 0; i < kindNodes.size(); i++) {
            KindConfigReader.KindNode k = kindNodes.get(i);
            String ip = network.nodes().get(i).ip();
            if (!Ipv4.isValid(ip) || !subnet.contains(ip)) {
                throw new NetnsConfigException(RenderedPaths.PLAN + ": nodes[" + i + "]: ip '" + ip + "' of " + k.name()
                        + " is not an address of the network " + subnet);
            }
            out.add(new NodePlan(k.name(), k.role(), ip, ip + "/" + subnet.prefixLength(), NodePlan.FLAT_UPLINK, k.labels(), List.of()));
        }
        return out;
    }
}
