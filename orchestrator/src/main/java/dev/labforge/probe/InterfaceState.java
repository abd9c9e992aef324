package dev.labforge.probe;

import java.util.List;

/**
 * One interface as {@code ip -j addr show} reports it: its name, MTU, operational state (UP, DOWN,
 * UNKNOWN for a vxlan device) and IPv4 addresses as CIDR (192.168.81.64/32).
 */
public record InterfaceState(String name, int mtu, String operstate, List<String> ipv4) {

    public InterfaceState {
        ipv4 = List.copyOf(ipv4);
    }
}
