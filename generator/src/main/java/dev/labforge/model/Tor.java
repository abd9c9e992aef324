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
 * @param loopbacks    Loopback0's addresses with their lengths (IPv4 first as written), e.g. 1.1.1.1/32
 * @param routes       static routes, as written (either family)
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
        boolean bgp,
        List<String> loopbacks,
        List<StaticRoute> routes) {

    /** BGP as far as the platform runs it. */
    public Tor(String name, TorPlatform platform, String image, long asn, TorRole role, String routerId, String peerGroup,
            String peerDescription, int mtu, List<Vlan> vlans, List<TorPort> ports, List<String> listenRanges, long peerAsn,
            boolean ibgp) {
        this(name, platform, image, asn, role, routerId, peerGroup, peerDescription, mtu, vlans, ports, listenRanges, peerAsn,
                ibgp, platform.runsBgp());
    }

    /** Without loopbacks or static routes. */
    public Tor(String name, TorPlatform platform, String image, long asn, TorRole role, String routerId, String peerGroup,
            String peerDescription, int mtu, List<Vlan> vlans, List<TorPort> ports, List<String> listenRanges, long peerAsn,
            boolean ibgp, boolean bgp) {
        this(name, platform, image, asn, role, routerId, peerGroup, peerDescription, mtu, vlans, ports, listenRanges, peerAsn,
                ibgp, bgp, List.of(), List.of());
    }

    /** Whether it speaks BGP at all; without it there are no peers, sessions or learned routes, only connected ones. */
    public boolean runsBgp() {
        return bgp;
    }

    /** Whether any VLAN, loopback or static route is IPv6 (the router then routes IPv6). */
    public boolean hasIpv6() {
        return vlans.stream().anyMatch(Vlan::hasIpv6) || loopbacks.stream().anyMatch(l -> l.indexOf(':') >= 0)
                || routes.stream().anyMatch(StaticRoute::ipv6);
    }

    /** The listen ranges of one family. */
    public List<String> listenRanges(dev.labforge.net.IpFamily family) {
        return listenRanges.stream().filter(r -> (r.indexOf(':') >= 0) == (family == dev.labforge.net.IpFamily.IPV6)).toList();
    }

    public boolean routeReflector() {
        return role == TorRole.ROUTE_REFLECTOR;
    }

    public Vlan vlan(int id) {
        return vlans.stream().filter(v -> v.id() == id).findFirst().orElse(null);
    }
}
