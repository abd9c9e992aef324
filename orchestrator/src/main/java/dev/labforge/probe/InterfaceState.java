package dev.labforge.probe;

import java.util.List;

/**
 * One interface as {@code ip -j addr show} (or the router's own show command) reports it: its name, MTU,
 * operational state (UP, DOWN, LOWERLAYERDOWN when the other end of a veth is down, UNKNOWN for a vxlan
 * device), whether it is administratively up (set up: iproute2's UP flag, EOS not "disabled"), its IPv4
 * addresses as CIDR (192.168.81.64/32) and its IPv6 addresses of global scope (fd00:10:244::/128; link-local
 * ones are every interface's and say nothing about the lab).
 */
public record InterfaceState(String name, int mtu, String operstate, boolean adminUp, List<String> ipv4, List<String> ipv6) {

    public InterfaceState {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }

    /** Without IPv6 addresses. */
    public InterfaceState(String name, int mtu, String operstate, boolean adminUp, List<String> ipv4) {
        this(name, mtu, operstate, adminUp, ipv4, List.of());
    }

    /** Administratively up, as when the state does not say; without IPv6 addresses. */
    public InterfaceState(String name, int mtu, String operstate, List<String> ipv4) {
        this(name, mtu, operstate, true, ipv4);
    }

    /** Its addresses of one family. */
    public List<String> addresses(dev.labforge.net.IpFamily family) {
        return family == dev.labforge.net.IpFamily.IPV6 ? ipv6 : ipv4;
    }

    /** Passing packets: UP, or UNKNOWN (a device that reports no carrier) while set up. */
    public boolean up() {
        return "UP".equalsIgnoreCase(operstate) || adminUp && "UNKNOWN".equalsIgnoreCase(operstate);
    }
}
