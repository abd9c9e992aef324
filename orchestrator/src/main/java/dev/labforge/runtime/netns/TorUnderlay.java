package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPort;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import dev.labforge.runtime.netns.config.RouterSetup.RouteSetup;
import dev.labforge.runtime.netns.config.VlanSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ToR the nodes are cabled to: its namespace holds one bridge per VLAN with the SVI, the ports (one veth
 * per node, the node's end is eth1), the router's static routes, and FRR when its platform's emulation runs it.
 * Each node gets a dead-end eth0 (both ends inside the node, this kernel has no dummy module) carrying its
 * default route, like kind's eth0, so that proxy ARP answers for 169.254.1.1 and no missing route hides
 * behind the ToR.
 */
final class TorUnderlay implements Underlay {
    static final String NODE_ETH0 = "eth0";
    static final String NODE_ETH0_PEER = "eth0-peer";

    private final EmulationPlan plan;
    private final TorPlan tor;
    private final NetnsNames names;

    TorUnderlay(EmulationPlan plan, TorPlan tor, NetnsNames names) {
        this.plan = plan;
        this.tor = tor;
        this.names = names;
    }

    private String torNs() {
        return names.nodeNs(tor.name());
    }

    @Override
    public Member member() {
        return new Member("router", tor.name(), torNs());
    }

    /** ToR port veths and the nodes' dead-end eth0 pairs. */
    @Override
    public List<String> linkBatch() {
        List<String> out = new ArrayList<>();
        for (TorPort p : tor.ports()) {
            out.add("link add " + NetnsNames.requireInterface(p.iface()) + " netns " + torNs() + " type veth peer name "
                    + NodePlan.TOR_UPLINK + " netns " + names.nodeNs(p.node()));
        }
        for (NodePlan n : plan.nodes()) {
            String ns = names.nodeNs(n.name());
            out.add("link add " + NODE_ETH0 + " netns " + ns + " type veth peer name " + NODE_ETH0_PEER + " netns " + ns);
        }
        return out;
    }

    /** One bridge per VLAN carrying the SVI, ports enslaved, everything up, then its static routes. */
    @Override
    public List<String> batch() {
        List<String> out = new ArrayList<>();
        List<String> bridged = new ArrayList<>();
        for (VlanSetup v : plan.router().vlans()) {
            String br = NetnsNames.requireInterface(v.bridge());
            out.add("link add " + br + " type bridge");
            for (String port : v.ports()) {
                NetnsNames.requireInterface(port);
                if (v.mtu() > 0) {
                    out.add("link set " + port + " mtu " + v.mtu());
                }
                out.add("link set " + port + " master " + br);
                out.add("link set " + port + " up");
                bridged.add(port);
            }
            if (v.mtu() > 0) {
                out.add("link set " + br + " mtu " + v.mtu());
            }
            if (v.sviCidr() != null) {
                out.add("addr add " + Cidr.parseInterface(v.sviCidr()) + " dev " + br);
            }
            out.add("link set " + br + " up");
        }
        for (TorPort p : tor.ports()) {
            if (!bridged.contains(p.iface())) {
                out.add("link set " + p.iface() + " up");
            }
        }
        for (RouteSetup r : plan.router().routes()) {
            out.add("route add " + Cidr.parse(r.prefix()) + " via " + Ipv4.format(Ipv4.parse(r.via()))
                    + (r.dev() == null ? "" : " dev " + NetnsNames.requireInterface(r.dev())));
        }
        return out;
    }

    /** The dead-end eth0 with the default route, eth1 up; the topology's exec lines address eth1 after this. */
    @Override
    public List<String> nodeUplink(NodePlan node) {
        return List.of(
                "link set " + NODE_ETH0_PEER + " up",
                "link set " + NODE_ETH0 + " up",
                "route add default dev " + NODE_ETH0,
                "link set " + NodePlan.TOR_UPLINK + " up");
    }

    @Override
    public Map<String, List<String>> forwardingSysctls() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(torNs(), List.of("net.ipv4.ip_forward=1"));
        for (NodePlan n : plan.nodes()) {
            // ip_forward=1 turns forwarding on for every interface; the dead-end peer must not bounce packets back.
            out.put(names.nodeNs(n.name()), List.of("net.ipv4.ip_forward=1", "net.ipv4.conf." + NODE_ETH0_PEER + ".forwarding=0"));
        }
        return out;
    }

    @Override
    public boolean runsFrr() {
        return plan.router().runsFrr();
    }
}
