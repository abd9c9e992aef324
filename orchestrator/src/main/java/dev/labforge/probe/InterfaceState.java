package dev.labforge.probe;

import java.util.List;

/**
 * One interface as {@code ip -j addr show} (or the router's own show command) reports it: its name, MTU,
 * operational state (UP, DOWN, LOWERLAYERDOWN when the other end of a veth is down, UNKNOWN for a vxlan
 * device), whether it is administratively up (set up: iproute2's UP flag, EOS not "disabled") and its IPv4
 * addresses as CIDR (192.168.81.64/32).
 */
public record InterfaceState(String name, int mtu, String operstate, boolean adminUp, List<String> ipv4) {

    public InterfaceState {
        ipv4 = List.copyOf(ipv4);
    }

    /** Administratively up, as when the state does not say. */
    public InterfaceState(String name, int mtu, String operstate, List<String> ipv4) {
        this(name, mtu, operstate, true, ipv4);
    }

    /** Passing packets: UP, or UNKNOWN (a device that reports no carrier) while set up. */
    public boolean up() {
        return "UP".equalsIgnoreCase(operstate) || adminUp && "UNKNOWN".equalsIgnoreCase(operstate);
    }
}
