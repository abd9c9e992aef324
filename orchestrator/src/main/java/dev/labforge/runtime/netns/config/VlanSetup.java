package dev.labforge.runtime.netns.config;

import java.util.List;
import java.util.Objects;

/**
 * One VLAN of the ToR as the netns runtime builds it: a Linux bridge {@code br<id>} carrying the SVI
 * address, with the listed ports ({@code eth<N>}) enslaved.
 *
 * @param sviCidr the SVI address with its prefix length, e.g. 10.10.10.1/24; null for a VLAN without SVI
 * @param mtu     MTU for the bridge and its ports; 0 means "leave the kernel default"
 * @param svi6Cidr the SVI's IPv6 address with its prefix length, e.g. fd00:10:10::1/64; null without
 */
public record VlanSetup(int id, String sviCidr, int mtu, List<String> ports, String svi6Cidr) {
    public VlanSetup {
        if (id < 1 || id > 4094) {
            throw new IllegalArgumentException("VLAN id " + id + " is outside 1..4094");
        }
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** IPv4 only. */
    public VlanSetup(int id, String sviCidr, int mtu, List<String> ports) {
        this(id, sviCidr, mtu, ports, null);
    }

    /** The bridge that stands for this VLAN in the ToR namespace. */
    public String bridge() {
        return "br" + id;
    }

    public VlanSetup withPorts(List<String> newPorts) {
        return new VlanSetup(id, sviCidr, mtu, Objects.requireNonNull(newPorts), svi6Cidr);
    }
}
