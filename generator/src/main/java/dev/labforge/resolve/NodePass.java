package dev.labforge.resolve;

import dev.labforge.model.Cluster;
import dev.labforge.model.FlatNetwork;
import dev.labforge.model.Node;
import dev.labforge.model.StaticRoute;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.NetworkSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.RouteSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node addresses (written or assigned, IPv6 too in clusters with IPv6), labels, uplink MTUs and, behind a ToR,
 * the static routes the clab exec lines add (to the other VLANs via the node's gateway, then the routes of the
 * spec); or the flat network a lab without a ToR puts its nodes on.
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
        List<String> ips = new ArrayList<>();
        for (NodeSpec n : cluster.nodes()) {
            String ip = n.ip() != null ? n.ip() : nextFree(Cidr.parse(tor.vlan(n.vlan()).subnet()), taken);
            taken.add(ip);
            ips.add(ip);
        }
        Ip[] ip6 = hasIpv6(cluster) ? ipv6Addresses(cluster, tor, ips) : new Ip[cluster.nodes().size()];
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            NodeSpec n = cluster.nodes().get(i);
            Vlan vlan = tor.vlan(n.vlan());
            String ip = ips.get(i);
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("vlan", String.valueOf(vlan.id()));
            if (n.labels() != null) {
                n.labels().forEach((k, v) -> {
                    if (!k.equals("vlan")) {
                        labels.put(k, v);
                    }
                });
            }
            boolean v6 = ip6[i] != null;
            List<StaticRoute> routes = new ArrayList<>();
            for (Vlan other : tor.vlans()) {
                if (other.id() != vlan.id()) {
                    routes.add(new StaticRoute(other.subnet(), vlan.gateway(), ip));
                }
            }
            for (Vlan other : tor.vlans()) {
                if (v6 && other.id() != vlan.id() && other.hasIpv6()) {
                    routes.add(new StaticRoute(other.subnet6(), vlan.gateway6(), null));
                }
            }
            List<RouteSpec> written = new ArrayList<>(cluster.routes() == null ? List.of() : cluster.routes());
            written.addAll(n.routes() == null ? List.of() : n.routes());
            for (RouteSpec r : written) {
                Cidr prefix = Cidr.parse(r.prefix());
                String via = r.via() != null ? Ip.canonical(r.via()) : prefix.isIpv6() ? vlan.gateway6() : vlan.gateway();
                routes.add(new StaticRoute(prefix.toString(), via, prefix.isIpv6() ? null : ip));
            }
            int mtu = n.mtu() != null ? n.mtu() : cluster.mtu() != null ? cluster.mtu() : Defaults.NODE_MTU;
            // the pods' MTU needs the pools' encapsulation: MtuPass decides it once Calico is resolved
            nodes.add(new Node(n.name(), "control-plane".equals(n.role()), vlan.id(), ip, vlan.prefixLength(),
                    vlan.gateway(), List.copyOf(routes), java.util.Collections.unmodifiableMap(labels),
                    List.of(), List.of(), mtu, mtu, v6 ? ip6[i].toString() : null, v6 ? vlan.prefixLength6() : 0,
                    v6 ? vlan.gateway6() : null));
        }
        return nodes;
    }

    static boolean hasIpv6(ClusterSpec cluster) {
        return cluster.ipFamily() != null && !cluster.ipFamily().equals("ipv4");
    }

    /** Written, or assigned by {@link Ipv6Hosts} (the validator predicts them the same way). */
    private static Ip[] ipv6Addresses(ClusterSpec cluster, Tor tor, List<String> ips) {
        List<Cidr> subnets = new ArrayList<>();
        List<Ip> written = new ArrayList<>();
        List<Ip> ipv4 = new ArrayList<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            NodeSpec n = cluster.nodes().get(i);
            Vlan vlan = tor.vlan(n.vlan());
            subnets.add(vlan.hasIpv6() ? Cidr.parse(vlan.subnet6()) : null);
            written.add(n.ip6() == null ? null : Ip.parse(n.ip6()));
            ipv4.add("ipv6".equals(cluster.ipFamily()) ? null : Ip.parse(ips.get(i)));
        }
        List<Ip> gateways = tor.vlans().stream().filter(Vlan::hasIpv6).map(v -> Ip.parse(v.gateway6())).toList();
        return Ipv6Hosts.assign(subnets, written, ipv4, gateways);
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
        boolean v6 = hasIpv6(spec);
        return new Cluster(spec.name(),
                spec.image() != null ? spec.image() : Defaults.NODE_IMAGE,
                spec.podSubnet() != null ? spec.podSubnet() : Defaults.POD_SUBNET,
                spec.serviceSubnet() != null ? spec.serviceSubnet() : Defaults.SERVICE_SUBNET,
                spec.mtu() != null ? spec.mtu() : Defaults.NODE_MTU,
                List.copyOf(nodes),
                spec.ipFamily() != null ? spec.ipFamily() : Defaults.IP_FAMILY,
                !v6 ? null : spec.podSubnet6() != null ? Cidr.parse(spec.podSubnet6()).toString() : Defaults.POD_SUBNET6,
                !v6 ? null : spec.serviceSubnet6() != null ? Cidr.parse(spec.serviceSubnet6()).toString() : Defaults.SERVICE_SUBNET6);
    }

    static boolean isValidIp(String ip) {
        return Ipv4.isValid(ip);
    }
}
