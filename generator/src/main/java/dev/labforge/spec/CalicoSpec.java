package dev.labforge.spec;

import java.util.List;

/**
 * Calico configuration.
 *
 * @param version              pinned Calico version, e.g. v3.30.0
 * @param asn                  the cluster's AS number (BGPConfiguration asNumber)
 * @param nodeToNodeMesh       default true, as in Calico
 * @param nodeAddressCidrs     nodeAddressAutodetectionV4.cidrs; default: the VLAN subnets' common /16 (or wider)
 * @param pools                IP pools of the Installation
 * @param loadBalancerIPs      serviceLoadBalancerIPs CIDRs; each also becomes a LoadBalancer IP pool
 * @param prefixAdvertisements communities attached to exported routes
 * @param peers                {@code per-vlan} (one BGPPeer per VLAN gateway) or explicit peers
 * @param logSeverity          BGPConfiguration logSeverityScreen, default Info
 * @param reservations         IPReservations: addresses IPAM never assigns automatically
 * @param mtu                  the pod network's MTU (Installation calicoNetwork.mtu); null: Calico detects it
 */
public record CalicoSpec(
        String version,
        Long asn,
        Boolean nodeToNodeMesh,
        List<String> nodeAddressCidrs,
        List<PoolSpec> pools,
        List<String> loadBalancerIPs,
        List<PrefixAdvertisementSpec> prefixAdvertisements,
        PeersSpec peers,
        String logSeverity,
        List<ReservationSpec> reservations,
        Integer mtu) {

    /** Without IP reservations, with Calico's MTU detection. */
    public CalicoSpec(String version, Long asn, Boolean nodeToNodeMesh, List<String> nodeAddressCidrs, List<PoolSpec> pools,
            List<String> loadBalancerIPs, List<PrefixAdvertisementSpec> prefixAdvertisements, PeersSpec peers, String logSeverity) {
        this(version, asn, nodeToNodeMesh, nodeAddressCidrs, pools, loadBalancerIPs, prefixAdvertisements, peers, logSeverity,
                null, null);
    }
}
