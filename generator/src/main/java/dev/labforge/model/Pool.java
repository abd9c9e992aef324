package dev.labforge.model;

/**
 * A resolved IP pool. {@code encapsulation} is the operator's value (None, VXLANCrossSubnet, ...);
 * {@code ipipMode}/{@code vxlanMode} are what the operator writes into the IPPool resource
 * (Never | Always | CrossSubnet).
 */
public record Pool(
        String name,
        String cidr,
        int blockSize,
        String encapsulation,
        boolean natOutgoing,
        boolean bgpExport,
        String nodeSelector,
        String ipipMode,
        String vxlanMode) {

    public String natOutgoingText() {
        return natOutgoing ? "Enabled" : "Disabled";
    }

    public boolean disableBGPExport() {
        return !bgpExport;
    }

    public boolean ipv6() {
        return cidr.indexOf(':') >= 0;
    }

    public dev.labforge.net.IpFamily family() {
        return ipv6() ? dev.labforge.net.IpFamily.IPV6 : dev.labforge.net.IpFamily.IPV4;
    }
}
