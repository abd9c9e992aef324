package dev.labforge.spec;

/**
 * An Installation IP pool. {@code encapsulation}: None | IPIP | IPIPCrossSubnet | VXLAN | VXLANCrossSubnet.
 * {@code natOutgoing} and {@code bgpExport} are booleans here; they render as the operator's
 * Enabled/Disabled and disableBGPExport. The pool's family is its CIDR's: an IPv6 pool (block size
 * 116..128, default 122) lies inside {@code cluster.podSubnet6}.
 */
public record PoolSpec(
        String name,
        String cidr,
        Integer blockSize,
        String encapsulation,
        Boolean natOutgoing,
        Boolean bgpExport,
        String nodeSelector) {
}
