package dev.labforge.model;

import java.util.List;

/**
 * Resolved Calico settings.
 *
 * @param loadBalancerPools one LoadBalancer IP pool per serviceLoadBalancerIPs CIDR
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
        List<Peer> peers) {
}
