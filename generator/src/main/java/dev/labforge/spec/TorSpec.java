package dev.labforge.spec;

import java.util.List;

/**
 * The top-of-rack router.
 *
 * @param platform        {@code ceos}, {@code frr} or {@code linux} (see {@code dev.labforge.platform.TorPlatforms})
 * @param asn             required unless the platform runs no BGP
 * @param role            {@code route-reflector} (iBGP, nodes are RR clients) or {@code peer} (plain BGP peer)
 * @param routerId        defaults to the first VLAN's gateway
 * @param peerGroup       BGP peer group for the nodes, default {@code CALICO-K8S}
 * @param peerDescription description of that peer group, default {@code Calico Kubernetes Nodes}
 * @param vlans           in the order written (written as a map keyed by VLAN id)
 * @param listenRanges    BGP listen ranges; default: the subnets of VLANs with peering nodes
 * @param bgp             false: a router that only routes (no router bgp, connected routes only); default true
 *                        where the platform runs BGP
 */
public record TorSpec(
        String name,
        String platform,
        String image,
        Long asn,
        String role,
        String routerId,
        String peerGroup,
        String peerDescription,
        Integer mtu,
        List<VlanSpec> vlans,
        List<String> listenRanges,
        Boolean bgp) {

    /** With BGP as the platform decides. */
    public TorSpec(String name, String platform, String image, Long asn, String role, String routerId, String peerGroup,
            String peerDescription, Integer mtu, List<VlanSpec> vlans, List<String> listenRanges) {
        this(name, platform, image, asn, role, routerId, peerGroup, peerDescription, mtu, vlans, listenRanges, null);
    }
}
