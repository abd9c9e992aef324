package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.LoadBalancerPool;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Pool;
import dev.labforge.model.PrefixAdvertisement;
import dev.labforge.model.Reservation;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.ReservationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Calico pools, load-balancer pools, communities, BGP peers (with the nodes each selects) and IP reservations. */
final class CalicoPass {
    private CalicoPass() {
    }

    static Calico resolve(CalicoSpec spec, Optional<Tor> tor, List<Node> nodes) {
        long asn = spec.asn() != null ? spec.asn() : Defaults.CALICO_ASN;
        List<Pool> pools = new ArrayList<>();
        List<PoolSpec> poolSpecs = spec.pools() == null ? List.of() : spec.pools();
        for (int i = 0; i < poolSpecs.size(); i++) {
            pools.add(pool(poolSpecs.get(i), i));
        }
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
        List<Peer> peers = tor.map(t -> peers(spec, t, nodes)).orElse(List.of()); // without a ToR: the mesh only
        List<Reservation> reservations = new ArrayList<>();
        List<ReservationSpec> reservationSpecs = spec.reservations() == null ? List.of() : spec.reservations();
        for (int i = 0; i < reservationSpecs.size(); i++) {
            ReservationSpec r = reservationSpecs.get(i);
            reservations.add(new Reservation(Defaults.reservationName(r.name(), i),
                    r.cidrs().stream().map(c -> Cidr.parse(c.contains("/") ? c : c + "/32").toString()).toList()));
        }
        return new Calico(
                spec.version() != null ? spec.version() : Defaults.CALICO_VERSION,
                asn,
                spec.nodeToNodeMesh() == null || spec.nodeToNodeMesh(),
                spec.logSeverity() != null ? spec.logSeverity() : Defaults.LOG_SEVERITY,
                nodeAddressCidrs(spec, tor), List.copyOf(pools), lbCidrs, List.copyOf(lbPools), List.copyOf(adverts), peers,
                List.copyOf(reservations), spec.mtu());
    }

    /**
     * As written; behind a ToR the VLANs' common supernet (so Calico picks eth1, not kind's eth0); on a flat
     * network none, as the series' labs leave it: Calico's first-found picks eth0, the node's only interface.
     */
    private static List<String> nodeAddressCidrs(CalicoSpec spec, Optional<Tor> tor) {
        if (spec.nodeAddressCidrs() != null) {
            return List.copyOf(spec.nodeAddressCidrs());
        }
        return tor.map(t -> List.of(nodeAddressCidr(t))).orElse(List.of());
    }

    private static Pool pool(PoolSpec p, int index) {
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
        String name = Defaults.poolName(p.name(), index);
        return new Pool(name, Cidr.parse(p.cidr()).toString(),
                p.blockSize() != null ? p.blockSize() : Defaults.BLOCK_SIZE,
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

    private static List<Peer> peers(CalicoSpec spec, Tor tor, List<Node> nodes) {
        List<Peer> peers = new ArrayList<>();
        if (spec.peers() == null && !tor.runsBgp()) {
            return List.of(); // left out towards a ToR without BGP: nothing to peer with
        }
        boolean perVlan = spec.peers() == null || spec.peers().explicit() == null;
        if (perVlan) {
            for (Vlan v : tor.vlans()) {
                String selector = "vlan == '" + v.id() + "'";
                List<String> selected = Selection.nodesMatching(selector, nodes);
                if (!selected.isEmpty()) {
                    peers.add(new Peer("bgppeer-vlan-" + v.id(), v.gateway(), tor.asn(), selector, selected));
                }
            }
            return List.copyOf(peers);
        }
        List<PeerSpec> explicit = spec.peers().explicit();
        for (int i = 0; i < explicit.size(); i++) {
            PeerSpec p = explicit.get(i);
            String selector = p.nodeSelector() != null ? p.nodeSelector() : Defaults.ALL;
            List<String> selected = Selection.nodesMatching(selector, nodes);
            String peerIp = p.peerIP();
            if (peerIp == null) {
                int vlan = selected.isEmpty() ? tor.vlans().get(0).id()
                        : nodes.stream().filter(n -> n.name().equals(selected.get(0))).findFirst().orElseThrow().vlan();
                peerIp = tor.vlan(vlan).gateway();
            }
            String name = Defaults.peerName(p.name(), i);
            peers.add(new Peer(name, peerIp, p.asNumber() != null ? p.asNumber() : tor.asn(), selector, selected));
        }
        return List.copyOf(peers);
    }
}
