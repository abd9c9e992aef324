package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.EmulationPlan.NetworkPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat network of a lab without a ToR, as kind's Docker network: a bridge in a namespace of its own
 * (never the host's), one port per node (named eth&lt;N&gt; in node order, like a switch's), each node's eth0
 * at the other end holding its address. The bridge has no address: the network's gateway is nobody's here,
 * so lab traffic cannot leave the lab, and a node's default route via it (onlink, as kind's nodes have it)
 * leads nowhere, hiding no missing route.
 */
final class FlatUnderlay implements Underlay {
    static final String BRIDGE = "br0";

    private final EmulationPlan plan;
    private final NetworkPlan network;
    private final NetnsNames names;

    FlatUnderlay(EmulationPlan plan, NetworkPlan network, NetnsNames names) {
        this.plan = plan;
        this.network = network;
        this.names = names;
    }

    private String networkNs() {
        return names.nodeNs(network.name());
    }

    /** The bridge port of the n-th node (0-based). */
    static String port(int n) {
        return "eth" + (n + 1);
    }

    @Override
    public Member member() {
        return new Member("network", network.name(), networkNs());
    }

    @Override
    public List<String> linkBatch() {
        List<String> out = new ArrayList<>();
        List<NodePlan> nodes = plan.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            out.add("link add " + NetnsNames.requireInterface(port(i)) + " netns " + networkNs() + " type veth peer name "
                    + NodePlan.FLAT_UPLINK + " netns " + names.nodeNs(nodes.get(i).name()));
        }
        return out;
    }

    @Override
    public List<String> batch() {
        List<String> out = new ArrayList<>();
        out.add("link add " + BRIDGE + " type bridge");
        for (int i = 0; i < plan.nodes().size(); i++) {
            out.add("link set " + port(i) + " master " + BRIDGE);
            out.add("link set " + port(i) + " up");
        }
        out.add("link set " + BRIDGE + " up");
        return out;
    }

    /** eth0 up with the node's address and the default route via the network's gateway, as kind's nodes have it. */
    @Override
    public List<String> nodeUplink(NodePlan node) {
        String uplink = NodePlan.FLAT_UPLINK;
        return List.of(
                "link set " + uplink + " up",
                "addr add " + Cidr.parseInterface(node.cidr()) + " dev " + uplink,
                "route add default via " + Ipv4.format(Ipv4.parse(network.gateway())) + " dev " + uplink + " onlink");
    }

    /** The nodes forward (their pods' traffic); the network's namespace only bridges. */
    @Override
    public Map<String, List<String>> forwardingSysctls() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodePlan n : plan.nodes()) {
            out.put(names.nodeNs(n.name()), List.of("net.ipv4.ip_forward=1"));
        }
        return out;
    }

    @Override
    public boolean runsFrr() {
        return false;
    }
}
