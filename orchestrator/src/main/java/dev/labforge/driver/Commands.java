package dev.labforge.driver;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import java.util.ArrayList;
import java.util.List;

/**
 * Command pieces several platforms share: FRR's vtysh, the Linux kernel's view through iproute2, and
 * the checks that keep values that end up inside a router CLI string literal.
 */
final class Commands {
    private Commands() {
    }

    static List<String> vtysh(String command) {
        return List.of("vtysh", "-c", command);
    }

    static List<String> frrBgpSummary() {
        return vtysh("show bgp summary json");
    }

    static List<String> frrBgpPrefix(String prefix) {
        return vtysh("show bgp ipv4 unicast " + cidr(prefix) + " json");
    }

    /** The kernel's IPv4 routing table, what forwards packets. */
    static List<String> kernelRoutes() {
        return List.of("ip", "-j", "-4", "route", "show");
    }

    /** The kernel's IPv6 routing table. */
    static List<String> kernelRoutes6() {
        return List.of("ip", "-j", "-6", "route", "show");
    }

    /** iputils ping options for the address's family: {@code -6} before an IPv6 target. */
    static List<String> pingFamily(String address) {
        return address.indexOf(':') >= 0 ? List.of("-6") : List.of();
    }

    static List<String> kernelAddresses() {
        return List.of("ip", "-j", "addr", "show");
    }

    /** iputils ping: one-second reply wait per packet. */
    static List<String> ping(String address, int count) {
        return List.of("ping", "-c", String.valueOf(count), "-W", "1", ipv4(address));
    }

    /** argv run in network namespace {@code ns}: iproute2 through its own {@code -n}, anything else under {@code ip netns exec}. */
    static List<String> inNamespace(String ns, List<String> argv) {
        List<String> cmd = new ArrayList<>(argv.get(0).equals("ip") ? List.of("ip", "-n", ns) : List.of("ip", "netns", "exec", ns));
        cmd.addAll(argv.get(0).equals("ip") ? argv.subList(1, argv.size()) : argv);
        return cmd;
    }

    /** The address, checked to be a literal IPv4 or IPv6 address (it goes into an argv, never a shell string). */
    static String address(String address) {
        if (address == null || !dev.labforge.net.Ip.isValid(address)) {
            throw new IllegalArgumentException("ping target must be an IPv4 or IPv6 address, got: " + address);
        }
        return dev.labforge.net.Ip.canonical(address);
    }

    /** The address, checked to be a literal IPv4 address (it may end up inside a CLI command string). */
    static String ipv4(String address) {
        if (address == null || !Ipv4.isValid(address)) {
            throw new IllegalArgumentException("ping target must be an IPv4 address, got: " + address);
        }
        return address;
    }

    /** The prefix, checked to be a literal IPv4 CIDR (it ends up inside a CLI command string). */
    static String cidr(String prefix) {
        try {
            return Cidr.parse(prefix).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("BGP prefix must be an IPv4 CIDR such as 192.168.42.192/26, got: " + prefix, e);
        }
    }
}
