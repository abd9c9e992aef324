package dev.labforge.model;

import java.util.List;

/**
 * Resolved Calico settings.
 *
 * @param loadBalancerPools one LoadBalancer IP pool per serviceLoadBalancerIPs CIDR
 * @param reservations      IPReservations, in spec order
 * @param mtu               Installation calicoNetwork.mtu as written; null: Calico detects it per node
 *                          (see {@link Node#podMtu()})
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
        Integer mtu) {

    /** Without IP reservations, with Calico's MTU detection. */
    public Calico(String version, long asn, boolean nodeToNodeMesh, String logSeverity, List<String> nodeAddressCidrs,
            List<Pool> pools, List<String> loadBalancerIPs, List<LoadBalancerPool> loadBalancerPools,
            List<PrefixAdvertisement> prefixAdvertisements, List<Peer> peers) {
        this(version, asn, nodeToNodeMesh, logSeverity, nodeAddressCidrs, pools, loadBalancerIPs, loadBalancerPools,
                prefixAdvertisements, peers, List.of(), null);
    }
}
