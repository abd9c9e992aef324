package dev.labforge.net;

import inet.ipaddr.ipv4.IPv4Address;

/** IPv4 addresses as unsigned 32-bit values held in a long (for call sites that count hosts). */
public final class Ipv4 {
    private Ipv4() {
    }

    /** Parses a dotted quad; throws IllegalArgumentException with the reason (an IPv6 address says so). */
    public static long parse(String text) {
        Ip ip = Ip.parse(text);
        if (ip.isIpv6()) {
            throw new IllegalArgumentException("'" + text + "' is an IPv6 address, not an IPv4 one");
        }
        return ip.ipv4Value();
    }

    public static boolean isValid(String text) {
        return Ip.familyOf(text) == IpFamily.IPV4;
    }

    public static String format(long value) {
        return ip(value).toString();
    }

    static Ip ip(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(value + " is not a 32-bit IPv4 value");
        }
        return new Ip(new IPv4Address((int) value));
    }
}
