package dev.labforge.net;

import inet.ipaddr.AddressValueException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.Objects;

/**
 * One IPv4 or IPv6 address. {@link #toString()} is the canonical text every rendered file and
 * probe compares: dotted quad, or RFC 5952 IPv6 (lower case, the longest run of zero groups as
 * {@code ::}), as iproute2, FRR and BIRD print it.
 */
public final class Ip implements Comparable<Ip> {
    private final IPAddress value;

    Ip(IPAddress value) {
        this.value = value.withoutPrefixLength();
    }

    /** Parses either family; IllegalArgumentException names the text and what a valid one looks like. */
    public static Ip parse(String text) {
        return new Ip(Addresses.parse(text));
    }

    /** Parses an address of {@code family}; the other family is an error that says which it is. */
    public static Ip parse(String text, IpFamily family) {
        Ip ip = parse(text);
        if (ip.family() != family) {
            throw new IllegalArgumentException("'" + text + "' is an " + ip.family().label() + " address, not an "
                    + family.label() + " one");
        }
        return ip;
    }

    public static boolean isValid(String text) {
        return familyOf(text) != null;
    }

    /** The family of an address, or null when the text is no address. */
    public static IpFamily familyOf(String text) {
        try {
            return parse(text).family();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The canonical text of an address written any valid way (e.g. FD00:0010::0010 is fd00:10::10). */
    public static String canonical(String text) {
        return parse(text).toString();
    }

    public IpFamily family() {
        return value.isIPv4() ? IpFamily.IPV4 : IpFamily.IPV6;
    }

    public boolean isIpv6() {
        return family() == IpFamily.IPV6;
    }

    /** fe80::/10 (IPv6) or 169.254.0.0/16 (IPv4). */
    public boolean isLinkLocal() {
        return value.isLinkLocal();
    }

    /** This address plus {@code n}; IllegalArgumentException past the end of the address space. */
    public Ip plus(long n) {
        try {
            return new Ip(value.increment(n));
        } catch (AddressValueException e) {
            throw new IllegalArgumentException(this + " + " + n + " is outside the " + family().label() + " address space");
        }
    }

    /** The 32-bit value of an IPv4 address. */
    public long ipv4Value() {
        if (!(value instanceof IPv4Address v4)) {
            throw new IllegalStateException(this + " is not an IPv4 address");
        }
        return v4.longValue();
    }

    IPAddress library() {
        return value;
    }

    @Override
    public int compareTo(Ip o) {
        int c = family().compareTo(o.family());
        return c != 0 ? c : value.getValue().compareTo(o.value.getValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ip other && family() == other.family() && value.getValue().equals(other.value.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hash(family(), value.getValue());
    }

    @Override
    public String toString() {
        return value.toCanonicalString();
    }
}
