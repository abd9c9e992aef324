package dev.labforge.runtime.netns.config;

import java.util.List;

/**
 * An IP pool as Calico sees it (IPPool resource, or an Installation ipPools entry translated the way the
 * operator does it).
 *
 * @param ipipMode    Never | Always | CrossSubnet
 * @param vxlanMode   Never | Always | CrossSubnet
 * @param allowedUses Workload, Tunnel, LoadBalancer (default Workload + Tunnel)
 */
public record PoolDef(String name, String cidr, int blockSize, String ipipMode, String vxlanMode, boolean natOutgoing,
        boolean disableBGPExport, String nodeSelector, List<String> allowedUses) {

    public static final List<String> DEFAULT_USES = List.of("Workload", "Tunnel");

    public PoolDef {
        allowedUses = allowedUses == null || allowedUses.isEmpty() ? DEFAULT_USES : List.copyOf(allowedUses);
        nodeSelector = nodeSelector == null || nodeSelector.isBlank() ? "all()" : nodeSelector;
        ipipMode = ipipMode == null ? "Never" : ipipMode;
        vxlanMode = vxlanMode == null ? "Never" : vxlanMode;
    }

    /** Pods get addresses from it (LoadBalancer-only pools are still pools for the BGP export filter). */
    public boolean workloadPool() {
        return allowedUses.contains("Workload");
    }

    public boolean vxlan() {
        return !"Never".equals(vxlanMode);
    }

    public boolean ipip() {
        return !"Never".equals(ipipMode);
    }
}
