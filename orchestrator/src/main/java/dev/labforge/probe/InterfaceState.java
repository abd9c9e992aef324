package dev.labforge.probe;

import java.util.List;

/**
 * One interface as {@code ip -j addr show} reports it: its name, MTU, operational state (UP, DOWN,
 * UNKNOWN for a vxlan device), IPv4 addresses as CIDR (192.168.81.64/32) and IPv6 addresses of global scope
 * (fd00:10:244::/128; link-local ones are every interface's and say nothing about the lab).
 */
public record InterfaceState(String name, int mtu, String operstate, List<String> ipv4, List<String> ipv6) {

    public InterfaceState {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }

    /** Without IPv6 addresses. */
    public InterfaceState(String name, int mtu, String operstate, List<String> ipv4) {
        this(name, mtu, operstate, ipv4, List.of());
    }

    /** Its addresses of one family. */
    public List<String> addresses(dev.labforge.net.IpFamily family) {
        return family == dev.labforge.net.IpFamily.IPV6 ? ipv6 : ipv4;
    }
}
