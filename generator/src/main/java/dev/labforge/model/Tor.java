package dev.labforge.model;

import java.util.List;

/**
 * The resolved ToR.
 *
 * @param ports        one per cluster node, in node order: port 1 (eth1 / Ethernet1) to the first node
 * @param listenRanges BGP dynamic listen ranges: the subnets of the VLANs that have peering nodes
 * @param ibgp         true when the ToR AS equals the cluster AS
 */
public record Tor(
        String name,
        Platform platform,
        String image,
        long asn,
        TorRole role,
        String routerId,
        String peerGroup,
        String peerDescription,
        int mtu,
        List<Vlan> vlans,
        List<TorPort> ports,
        List<String> listenRanges,
        long peerAsn,
        boolean ibgp) {

    public boolean routeReflector() {
        return role == TorRole.ROUTE_REFLECTOR;
    }

    public Vlan vlan(int id) {
        return vlans.stream().filter(v -> v.id() == id).findFirst().orElse(null);
    }
}
