package dev.labforge.spec;

/**
 * An Installation IP pool. {@code encapsulation}: None | IPIP | IPIPCrossSubnet | VXLAN | VXLANCrossSubnet.
 * {@code natOutgoing} and {@code bgpExport} are booleans here; they render as the operator's
 * Enabled/Disabled and disableBGPExport.
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
