package dev.labforge.model;

import dev.labforge.platform.TorPlatform;
import java.util.List;

/**
 * The resolved ToR.
 *
 * @param platform     what kind of router it is (naming, files, whether it runs BGP)
 * @param asn          0 when the platform runs no BGP
 * @param ports        one per cluster node, in node order: port 1 (eth1 / Ethernet1) to the first node
 * @param listenRanges BGP dynamic listen ranges: the subnets of the VLANs that have peering nodes
 * @param ibgp         true when the ToR AS equals the cluster AS
 * @param bgp          whether it runs BGP: its platform does and the lab did not turn it off ({@code tor.bgp: false})
 */
public record Tor(
        String name,
        TorPlatform platform,
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
        boolean ibgp,
        boolean bgp) {

    /** BGP as far as the platform runs it. */
    public Tor(String name, TorPlatform platform, String image, long asn, TorRole role, String routerId, String peerGroup,
            String peerDescription, int mtu, List<Vlan> vlans, List<TorPort> ports, List<String> listenRanges, long peerAsn,
            boolean ibgp) {
        this(name, platform, image, asn, role, routerId, peerGroup, peerDescription, mtu, vlans, ports, listenRanges, peerAsn,
                ibgp, platform.runsBgp());
    }

    /** Whether it speaks BGP at all; without it there are no peers, sessions or learned routes, only connected ones. */
    public boolean runsBgp() {
        return bgp;
    }

    public boolean routeReflector() {
        return role == TorRole.ROUTE_REFLECTOR;
    }

    public Vlan vlan(int id) {
        return vlans.stream().filter(v -> v.id() == id).findFirst().orElse(null);
    }
}
