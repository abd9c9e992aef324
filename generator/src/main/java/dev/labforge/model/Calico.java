package dev.labforge.model;

import java.util.List;

/**
 * Resolved Calico settings.
 *
 * @param loadBalancerPools one LoadBalancer IP pool per serviceLoadBalancerIPs CIDR
 * @param reservations      IPReservations, in spec order
 * @param mtu               Installation calicoNetwork.mtu as written; null: Calico detects it per node
 *                          (see {@link Node#podMtu()})
 * @param nodeAddressCidrs6 nodeAddressAutodetectionV6 cidrs; empty in an IPv4 cluster
 * @param pools             IPv4 and IPv6 pools as written (a pool's family is its CIDR's)
 */
public record Calico(
        String version,
        long asn,
        boolean nodeToNodeMesh,
        String logSeverity,
        List<String> nodeAddressCidrs,
        List<Pool> pools,
        List<String> loadBalancerIPs,
        List<LoadBalancerPool> loadBalancerPools,
        List<PrefixAdvertisement> prefixAdvertisements,
        List<Peer> peers,
        List<Reservation> reservations,
        Integer mtu,
        List<String> nodeAddressCidrs6) {

    /** Without IP reservations, with Calico's MTU detection, IPv4 only. */
    public Calico(String version, long asn, boolean nodeToNodeMesh, String logSeverity, List<String> nodeAddressCidrs,
            List<Pool> pools, List<String> loadBalancerIPs, List<LoadBalancerPool> loadBalancerPools,
            List<PrefixAdvertisement> prefixAdvertisements, List<Peer> peers) {
        this(version, asn, nodeToNodeMesh, logSeverity, nodeAddressCidrs, pools, loadBalancerIPs, loadBalancerPools,
                prefixAdvertisements, peers, List.of(), null);
    }

    /** Without IPv6 node address autodetection. */
    public Calico(String version, long asn, boolean nodeToNodeMesh, String logSeverity, List<String> nodeAddressCidrs,
            List<Pool> pools, List<String> loadBalancerIPs, List<LoadBalancerPool> loadBalancerPools,
            List<PrefixAdvertisement> prefixAdvertisements, List<Peer> peers, List<Reservation> reservations, Integer mtu) {
        this(version, asn, nodeToNodeMesh, logSeverity, nodeAddressCidrs, pools, loadBalancerIPs, loadBalancerPools,
                prefixAdvertisements, peers, reservations, mtu, List.of());
    }

    /** Whether the Installation autodetects IPv6 node addresses too (clusters with IPv6). */
    public boolean hasNodeAddressCidrs6() {
        return !nodeAddressCidrs6.isEmpty();
    }
}
