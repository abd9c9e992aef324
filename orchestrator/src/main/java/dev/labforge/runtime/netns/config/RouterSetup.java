package dev.labforge.runtime.netns.config;

import java.util.List;
import java.util.Objects;

/**
 * The ToR as the netns runtime must build it: VLAN bridges with SVIs and ports, and the frr.conf that
 * FRR's zebra and bgpd start from.
 *
 * @param warnings things of the source config that the emulation ignores on purpose (management, users ...)
 */
public record RouterSetup(List<VlanSetup> vlans, String frrConf, List<String> warnings) {
    public RouterSetup {
        vlans = List.copyOf(vlans);
        Objects.requireNonNull(frrConf, "frrConf");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
