package dev.labforge.resolve;

import dev.labforge.model.Cluster;
import dev.labforge.model.FlatNetwork;
import dev.labforge.model.Node;
import dev.labforge.model.StaticRoute;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.NetworkSpec;
import dev.labforge.spec.NodeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node addresses (written or assigned), labels, uplink MTUs and, behind a ToR, the static routes the clab
 * exec lines add; or the flat network a lab without a ToR puts its nodes on.
 */
final class NodePass {
    private NodePass() {
    }

    /** The nodes of a cluster behind the ToR: on their VLANs, with routes to the other VLANs via their gateway. */
    static List<Node> behindTor(ClusterSpec cluster, Tor tor) {
        Set<String> taken = new HashSet<>();
        for (Vlan v : tor.vlans()) {
            taken.add(v.gateway());
        }
        for (NodeSpec n : cluster.nodes()) {
            if (n.ip() != null) {
                taken.add(n.ip());
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (NodeSpec n : cluster.nodes()) {
            Vlan vlan = tor.vlan(n.vlan());
            String ip = n.ip() != null ? n.ip() : nextFree(Cidr.parse(vlan.subnet()), taken);
            taken.add(ip);
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("vlan", String.valueOf(vlan.id()));
            if (n.labels() != null) {
                n.labels().forEach((k, v) -> {
                    if (!k.equals("vlan")) {
                        labels.put(k, v);
                    }
                });
            }
            List<StaticRoute> routes = new ArrayList<>();
            for (Vlan other : tor.vlans()) {
                if (other.id() != vlan.id()) {
                    routes.add(new StaticRoute(other.subnet(), vlan.gateway(), ip));
                }
            }
            int mtu = n.mtu() != null ? n.mtu() : cluster.mtu() != null ? cluster.mtu() : Defaults.NODE_MTU;
            // the pods' MTU needs the pools' encapsulation: MtuPass decides it once Calico is resolved
            nodes.add(new Node(n.name(), "control-plane".equals(n.role()), vlan.id(), ip, vlan.prefixLength(),
                    vlan.gateway(), List.copyOf(routes), java.util.Collections.unmodifiableMap(labels),
                    List.of(), List.of(), mtu, mtu));
        }
        return nodes;
    }

    /** The flat network of a lab without a ToR: as written, or kind's Docker network. */
    static FlatNetwork network(ClusterSpec cluster) {
        NetworkSpec spec = cluster.network();
        Cidr subnet = Cidr.parse(spec != null && spec.subnet() != null ? spec.subnet() : Defaults.FLAT_SUBNET);
        String gateway = spec != null && spec.gateway() != null ? spec.gateway() : subnet.host(1);
        return new FlatNetwork(Defaults.FLAT_NETWORK_NAME, subnet.toString(), gateway, subnet.prefixLength());
    }

    /**
     * The nodes of a lab without a ToR, all on the flat network: a written address, or the next one in
     * kind's order (Docker hands out .2, .3, ... as kind creates the nodes); no VLAN, no static routes.
     */
    static List<Node> onNetwork(ClusterSpec cluster, FlatNetwork network) {
        Cidr subnet = Cidr.parse(network.subnet());
        Set<String> taken = new HashSet<>();
        taken.add(network.gateway());
        for (NodeSpec n : cluster.nodes()) {
            if (n.ip() != null) {
                taken.add(n.ip());
            }
        }
        List<Node> nodes = new ArrayList<>();
        long next = Defaults.FLAT_FIRST_NODE_HOST;
        for (NodeSpec n : cluster.nodes()) {
            String ip = n.ip();
            while (ip == null) {
                if (next >= subnet.size() - 1) {
                    throw new IllegalStateException("network " + subnet + " has no free address left (validation should have said so)");
                }
                String candidate = subnet.host(next++);
                if (taken.add(candidate)) {
                    ip = candidate;
                }
            }
            Map<String, String> labels = n.labels() == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(n.labels()));
            int mtu = n.mtu() != null ? n.mtu() : cluster.mtu() != null ? cluster.mtu() : Defaults.NODE_MTU;
            nodes.add(new Node(n.name(), "control-plane".equals(n.role()), Node.NO_VLAN, ip, network.prefixLength(),
                    network.gateway(), List.of(), labels, List.of(), List.of(), mtu, mtu));
        }
        return nodes;
    }

    /** The next address from .10 upwards that nothing else uses (resolver-assigned node addresses). */
    private static String nextFree(Cidr subnet, Set<String> taken) {
        for (long h = Defaults.FIRST_NODE_HOST; h < subnet.size() - 1; h++) {
            String candidate = subnet.host(h);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        for (long h = 1; h < Defaults.FIRST_NODE_HOST && h < subnet.size() - 1; h++) {
            String candidate = subnet.host(h);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("VLAN subnet " + subnet + " has no free address left (validation should have said so)");
    }

    static Cluster cluster(ClusterSpec spec, List<Node> nodes) {
        return new Cluster(spec.name(),
                spec.image() != null ? spec.image() : Defaults.NODE_IMAGE,
                spec.podSubnet() != null ? spec.podSubnet() : Defaults.POD_SUBNET,
                spec.serviceSubnet() != null ? spec.serviceSubnet() : Defaults.SERVICE_SUBNET,
                spec.mtu() != null ? spec.mtu() : Defaults.NODE_MTU,
                List.copyOf(nodes));
    }

    static boolean isValidIp(String ip) {
        return Ipv4.isValid(ip);
    }
}
