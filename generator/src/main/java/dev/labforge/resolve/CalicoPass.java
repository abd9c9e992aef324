package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.LoadBalancerPool;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Pool;
import dev.labforge.model.PrefixAdvertisement;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import java.util.ArrayList;
import java.util.List;

/** Calico pools, load-balancer pools, communities and BGP peers (with the nodes each selects). */
final class CalicoPass {
    private CalicoPass() {
    }

    static Calico resolve(CalicoSpec spec, Tor tor, List<Node> nodes) {
        return resolve(spec, tor, nodes, Defaults.IP_FAMILY);
    }

    /** {@code ipFamily} the cluster's: an IPv6-only cluster's explicit peers without peerIP peer over IPv6. */
    static Calico resolve(CalicoSpec spec, Tor tor, List<Node> nodes, String ipFamily) {
        long asn = spec.asn() != null ? spec.asn() : Defaults.CALICO_ASN;
        List<Pool> pools = new ArrayList<>();
        List<PoolSpec> poolSpecs = spec.pools() == null ? List.of() : spec.pools();
        java.util.Map<IpFamily, Integer> perFamily = new java.util.EnumMap<>(IpFamily.class);
        for (PoolSpec p : poolSpecs) {
            IpFamily family = Cidr.parse(p.cidr()).family();
            pools.add(pool(p, perFamily.merge(family, 1, Integer::sum) - 1, family));
        }
        boolean ipv6 = nodes.stream().anyMatch(Node::hasIpv6);
        List<String> lbCidrs = spec.loadBalancerIPs() == null ? List.of() : List.copyOf(spec.loadBalancerIPs());
        List<LoadBalancerPool> lbPools = new ArrayList<>();
        for (int i = 0; i < lbCidrs.size(); i++) {
            Cidr cidr = Cidr.parse(lbCidrs.get(i));
            String name = i == 0 ? Defaults.LB_POOL_NAME : Defaults.LB_POOL_NAME + "-" + (i + 1);
            lbPools.add(new LoadBalancerPool(name, cidr.toString(), Math.max(cidr.prefixLength(), Defaults.BLOCK_SIZE), true));
        }
        List<PrefixAdvertisement> adverts = new ArrayList<>();
        if (spec.prefixAdvertisements() != null) {
            for (PrefixAdvertisementSpec p : spec.prefixAdvertisements()) {
                adverts.add(new PrefixAdvertisement(p.cidr(), p.communities() == null ? List.of() : List.copyOf(p.communities())));
            }
        }
        List<Peer> peers = peers(spec, tor, nodes, "ipv6".equals(ipFamily));
        List<String> cidrs6 = !ipv6 ? List.of() : spec.nodeAddressCidrs6() != null
                ? spec.nodeAddressCidrs6().stream().map(c -> Cidr.parse(c).toString()).toList() : List.of(nodeAddressCidr6(tor));
        return new Calico(
                spec.version() != null ? spec.version() : Defaults.CALICO_VERSION,
                asn,
                spec.nodeToNodeMesh() == null || spec.nodeToNodeMesh(),
                spec.logSeverity() != null ? spec.logSeverity() : Defaults.LOG_SEVERITY,
                spec.nodeAddressCidrs() != null ? List.copyOf(spec.nodeAddressCidrs()) : List.of(nodeAddressCidr(tor)),
                List.copyOf(pools), lbCidrs, List.copyOf(lbPools), List.copyOf(adverts), peers, spec.mtu(), cidrs6);
    }

    private static Pool pool(PoolSpec p, int index, IpFamily family) {
        String encapsulation = p.encapsulation() != null ? p.encapsulation() : Defaults.ENCAPSULATION;
        String ipip = switch (encapsulation) {
            case "IPIP" -> "Always";
            case "IPIPCrossSubnet" -> "CrossSubnet";
            default -> "Never";
        };
        String vxlan = switch (encapsulation) {
            case "VXLAN" -> "Always";
            case "VXLANCrossSubnet" -> "CrossSubnet";
            default -> "Never";
        };
        String name = Defaults.poolName(p.name(), index, family);
        return new Pool(name, Cidr.parse(p.cidr()).toString(),
                p.blockSize() != null ? p.blockSize() : Defaults.blockSize(family),
                encapsulation,
                p.natOutgoing() == null || p.natOutgoing(),
                p.bgpExport() == null || p.bgpExport(),
                p.nodeSelector() != null ? p.nodeSelector() : Defaults.ALL,
                ipip, vxlan);
    }

    /** The VLANs' common supernet, widened to at least a /16 (the seed's 10.10.0.0/16). */
    static String nodeAddressCidr(Tor tor) {
        Cidr common = Cidr.parse(tor.vlans().get(0).subnet());
        for (Vlan v : tor.vlans()) {
            common = common.supernetWith(Cidr.parse(v.subnet()));
        }
        int len = Math.min(common.prefixLength(), Defaults.NODE_ADDRESS_MAX_PREFIX);
        return new Cidr(common.networkAddress(), len).network().toString();
    }

    /** The VLANs' subnet6s' common supernet, widened to at least a /48. */
    static String nodeAddressCidr6(Tor tor) {
        Cidr common = null;
        for (Vlan v : tor.vlans()) {
            if (v.hasIpv6()) {
                common = common == null ? Cidr.parse(v.subnet6()) : common.supernetWith(Cidr.parse(v.subnet6()));
            }
        }
        return common.withPrefixLength(Math.min(common.prefixLength(), Defaults.NODE_ADDRESS_MAX_PREFIX6)).toString();
    }

    private static List<Peer> peers(CalicoSpec spec, Tor tor, List<Node> nodes, boolean ipv6Only) {
        List<Peer> peers = new ArrayList<>();
        if (spec.peers() == null && !tor.runsBgp()) {
            return List.of(); // left out towards a ToR without BGP: nothing to peer with
        }
        boolean perVlan = spec.peers() == null || spec.peers().explicit() == null;
        if (perVlan) {
            for (Vlan v : tor.vlans()) {
                String selector = "vlan == '" + v.id() + "'";
                List<String> selected = Selection.nodesMatching(selector, nodes);
                if (!selected.isEmpty() && !ipv6Only) {
                    peers.add(new Peer("bgppeer-vlan-" + v.id(), v.gateway(), tor.asn(), selector, selected));
                }
            }
            // calico-node's BIRD6 peers with the IPv6 gateways (clusters with IPv6, VLANs with a subnet6)
            for (Vlan v : tor.vlans()) {
                String selector = "vlan == '" + v.id() + "'";
                List<String> selected = Selection.nodesMatching(selector, nodes);
                boolean ipv6 = nodes.stream().anyMatch(n -> n.vlan() == v.id() && n.hasIpv6());
                if (!selected.isEmpty() && v.hasIpv6() && ipv6) {
                    peers.add(new Peer("bgppeer-vlan-" + v.id() + "-v6", v.gateway6(), tor.asn(), selector, selected));
                }
            }
            return List.copyOf(peers);
        }
        List<PeerSpec> explicit = spec.peers().explicit();
        for (int i = 0; i < explicit.size(); i++) {
            PeerSpec p = explicit.get(i);
            String selector = p.nodeSelector() != null ? p.nodeSelector() : Defaults.ALL;
            List<String> selected = Selection.nodesMatching(selector, nodes);
            String peerIp = p.peerIP() == null ? null : Ip.canonical(p.peerIP());
            if (peerIp == null) {
                int vlan = selected.isEmpty() ? tor.vlans().get(0).id()
                        : nodes.stream().filter(n -> n.name().equals(selected.get(0))).findFirst().orElseThrow().vlan();
                peerIp = ipv6Only ? tor.vlan(vlan).gateway6() : tor.vlan(vlan).gateway(); // IPv6 clusters peer over IPv6
            }
            String name = Defaults.peerName(p.name(), i);
            peers.add(new Peer(name, peerIp, p.asNumber() != null ? p.asNumber() : tor.asn(), selector, selected));
        }
        return List.copyOf(peers);
    }
}
