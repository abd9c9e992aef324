package dev.labforge.probe;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.PingCheck;
import dev.labforge.model.Pool;
import dev.labforge.model.Vlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the ordered checks of a lab from its resolved model: BGP on the ToR, BGP on the nodes,
 * ToR routes, node routes, pings. Pure: no lab is touched here.
 *
 * <p>A node "peers with the ToR" when a BGPPeer whose peerIP is one of the ToR's VLAN gateways
 * selects it. What it must export (REFERENCE section 4): its blocks in pools with bgpExport, plus every
 * serviceLoadBalancerIPs CIDR.
 */
public final class Probes {

    private Probes() {
    }

    public static List<Probe> forLab(Lab lab) {
        Map<Node, List<String>> peering = peeringNodes(lab);
        List<Probe> out = new ArrayList<>();
        torBgp(lab, peering, out);
        nodeBgp(lab, peering, out);
        torRoutes(lab, peering, out);
        nodeRoutes(lab, peering, out);
        for (PingCheck p : lab.expect().pings()) {
            out.add(new PingProbe(p.from(), p.to(), p.ttl(), p.reachable()));
        }
        return List.copyOf(out);
    }

    /** Nodes paired with the ToR, in node order, each with the ToR addresses (gateways) it peers with. */
    static Map<Node, List<String>> peeringNodes(Lab lab) {
        Set<String> gateways = new LinkedHashSet<>();
        for (Vlan v : lab.tor().vlans()) {
            gateways.add(v.gateway());
        }
        Map<Node, List<String>> out = new LinkedHashMap<>();
        for (Node n : lab.cluster().nodes()) {
            List<String> peerIps = new ArrayList<>();
            for (Peer p : lab.calico().peers()) {
                if (gateways.contains(p.peerIP()) && p.nodes().contains(n.name()) && !peerIps.contains(p.peerIP())) {
                    peerIps.add(p.peerIP());
                }
            }
            if (!peerIps.isEmpty()) {
                out.put(n, List.copyOf(peerIps));
            }
        }
        return out;
    }

    private static void torBgp(Lab lab, Map<Node, List<String>> peering, List<Probe> out) {
        String tor = lab.tor().name();
        for (Node n : peering.keySet()) {
            int prefixes = exportedBlocks(lab, n).size() + lab.calico().loadBalancerIPs().size();
            out.add(new TorSessionProbe(tor, n.name(), n.ip(), lab.calico().asn(), prefixes));
        }
        for (Node n : lab.cluster().nodes()) {
            if (!peering.containsKey(n)) {
                out.add(new NoTorSessionProbe(tor, n.name(), n.ip()));
            }
        }
    }

    private static void nodeBgp(Lab lab, Map<Node, List<String>> peering, List<Probe> out) {
        peering.forEach((n, peerIps) -> peerIps.forEach(ip -> out.add(new NodeSessionProbe(n.name(), ip, lab.tor().name()))));
    }

    private static void torRoutes(Lab lab, Map<Node, List<String>> peering, List<Probe> out) {
        String tor = lab.tor().name();
        for (Vlan v : lab.tor().vlans()) {
            out.add(RouteProbe.onTor(tor, v.subnet(), RouteProbe.Kind.CONNECTED, List.of()));
        }
        for (Node n : peering.keySet()) {
            for (IpamBlock b : exportedBlocks(lab, n)) {
                out.add(RouteProbe.onTor(tor, b.cidr(), RouteProbe.Kind.VIA, List.of(n.ip())));
            }
        }
        if (!peering.isEmpty()) {
            List<String> nodeIps = peering.keySet().stream().map(Node::ip).toList();
            for (String lb : lab.calico().loadBalancerIPs()) {
                out.add(RouteProbe.onTor(tor, lb, RouteProbe.Kind.VIA, nodeIps));
            }
        }
        for (Pool p : lab.calico().pools()) {
            if (!p.bgpExport()) {
                out.add(new NoRoutesWithinProbe(tor, p.cidr(), p.name()));
            }
        }
    }

    private static void nodeRoutes(Lab lab, Map<Node, List<String>> peering, List<Probe> out) {
        if (lab.tor().routeReflector()) {
            // The reflector rewrites next hops to itself (next-hop-self): every other peering node's
            // exported block arrives via this node's gateway; the node's own blocks are blackholes.
            for (Node n : peering.keySet()) {
                for (Node other : peering.keySet()) {
                    if (!other.name().equals(n.name())) {
                        for (IpamBlock b : exportedBlocks(lab, other)) {
                            out.add(RouteProbe.onNode(n.name(), b.cidr(), RouteProbe.Kind.VIA, List.of(n.gateway())));
                        }
                    }
                }
                for (IpamBlock b : n.blocks()) {
                    out.add(RouteProbe.onNode(n.name(), b.cidr(), RouteProbe.Kind.BLACKHOLE, List.of()));
                }
            }
            return;
        }
        // eBGP: nodes never learn each other's blocks through the ToR (AS-path loop). With a
        // CrossSubnet VXLAN pool Felix routes same-subnet blocks directly via the other node.
        for (Node n : lab.cluster().nodes()) {
            for (Node other : lab.cluster().nodes()) {
                if (other.name().equals(n.name()) || other.vlan() != n.vlan()) {
                    continue;
                }
                for (IpamBlock b : other.blocks()) {
                    Pool pool = pool(lab, b.pool());
                    if (pool != null && crossSubnetVxlan(pool)) {
                        out.add(RouteProbe.onNode(n.name(), b.cidr(), RouteProbe.Kind.VIA, List.of(other.ip())));
                    }
                }
            }
        }
    }

    static List<IpamBlock> exportedBlocks(Lab lab, Node n) {
        return n.blocks().stream().filter(b -> {
            Pool p = pool(lab, b.pool());
            return p != null && p.bgpExport();
        }).toList();
    }

    private static boolean crossSubnetVxlan(Pool p) {
        return "CrossSubnet".equals(p.vxlanMode()) || "VXLANCrossSubnet".equals(p.encapsulation());
    }

    private static Pool pool(Lab lab, String name) {
        return lab.calico().pools().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
