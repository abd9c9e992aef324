package dev.labforge.net;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;

/**
 * An IPv4 or IPv6 prefix such as 10.10.10.0/24 or fd00:10:244::/48. {@link #parse} rejects host bits;
 * {@link #parseInterface} keeps them (an interface address like 10.10.10.11/24). The math is the
 * ipaddress library's; this class is labforge's small API over it, with messages that name the value.
 * The {@code long} methods ({@link #networkAddress()} and friends) are for IPv4 prefixes only.
 */
public final class Cidr implements Comparable<Cidr> {
    private final Ip address;
    private final int prefixLength;

    /** An IPv4 prefix from its 32-bit address value. */
    public Cidr(long address, int prefixLength) {
        this(Ipv4.ip(address), prefixLength);
    }

    private Cidr(Ip address, int prefixLength) {
        int bits = address.family().bits();
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0.." + bits);
        }
        this.address = address;
        this.prefixLength = prefixLength;
    }

    /** Parses a network prefix; host bits set is an error that names the correct network. */
    public static Cidr parse(String text) {
        Cidr c = parseInterface(text);
        if (c.hasHostBits()) {
            throw new IllegalArgumentException("'" + text + "' has host bits set (the network is " + c.network() + ")");
        }
        return c;
    }

    /** Parses address/len of either family and keeps the host bits. */
    public static Cidr parseInterface(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no prefix given");
        }
        int slash = text.indexOf('/');
        boolean v6 = text.indexOf(':') >= 0;
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix (expected address/length like "
                    + (v6 ? IpFamily.IPV6 : IpFamily.IPV4).examplePrefix() + ")");
        }
        Ip ip = Ip.parse(text.substring(0, slash));
        int bits = ip.family().bits();
        String len = text.substring(slash + 1);
        if (len.isEmpty() || len.length() > String.valueOf(bits).length() || !len.chars().allMatch(Character::isDigit)
                || Integer.parseInt(len) > bits) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length (expected 0.." + bits + ")");
        }
        return new Cidr(ip, Integer.parseInt(len));
    }

    /** The prefix of {@code address} (either family) with this length, host bits kept. */
    public static Cidr of(String address, int prefixLength) {
        return new Cidr(Ip.parse(address), prefixLength);
    }

    /** The prefix of {@code address} with this length, host bits kept. */
    public static Cidr of(Ip address, int prefixLength) {
        return new Cidr(address, prefixLength);
    }

    public IpFamily family() {
        return address.family();
    }

    public boolean isIpv6() {
        return address.isIpv6();
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** The address part as written (host bits kept). */
    public Ip ip() {
        return address;
    }

    /** The address part only, e.g. "10.10.10.11" for 10.10.10.11/24. */
    public String addressText() {
        return address.toString();
    }

    private IPAddress block() {
        return address.library().toPrefixBlock(prefixLength);
    }

    /** The first address (the network address). */
    public Ip first() {
        return new Ip(block().getLower());
    }

    /** The last address (IPv4: the broadcast address). */
    public Ip last() {
        return new Ip(block().getUpper());
    }

    public boolean hasHostBits() {
        return !address.equals(first());
    }

    /** This prefix without host bits. */
    public Cidr network() {
        return new Cidr(first(), prefixLength);
    }

    /** The network of this address with another prefix length, e.g. the /24 around a /26. */
    public Cidr withPrefixLength(int length) {
        return new Cidr(address, length).network();
    }

    /** How many addresses it holds; Long.MAX_VALUE for IPv6 prefixes larger than that. */
    public long size() {
        BigInteger count = block().getCount();
        return count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE;
    }

    /** The n-th address of the prefix (0 = network address). */
    public String host(long n) {
        return hostIp(n).toString();
    }

    /** The n-th address of the prefix (0 = network address). */
    public Ip hostIp(long n) {
        if (n < 0 || n >= size()) {
            throw new IllegalArgumentException("host " + n + " is outside " + this);
        }
        return first().plus(n);
    }

    public boolean contains(Ip ip) {
        return ip.family() == family() && block().contains(ip.library());
    }

    /** Whether the address (either family) is inside; an address of the other family never is. */
    public boolean contains(String ip) {
        return contains(Ip.parse(ip));
    }

    /** True when {@code other} lies entirely inside this prefix (never across families). */
    public boolean contains(Cidr other) {
        return other.family() == family() && other.prefixLength >= prefixLength && block().contains(other.block());
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The smallest prefix that covers both (of one family). */
    public Cidr supernetWith(Cidr other) {
        if (other.family() != family()) {
            throw new IllegalArgumentException(this + " and " + other + " are of different address families");
        }
        IPAddress cover = block().coverWithPrefixBlock(other.block());
        return new Cidr(new Ip(cover.getLower()), cover.getNetworkPrefixLength() == null ? 0 : cover.getNetworkPrefixLength());
    }

    // IPv4 arithmetic on 32-bit values, for call sites that count hosts.

    private long v4(Ip ip) {
        if (isIpv6()) {
            throw new IllegalStateException(this + " is an IPv6 prefix; its addresses do not fit a long");
        }
        return ip.ipv4Value();
    }

    /** IPv4 only: the address value as written. */
    public long address() {
        return v4(address);
    }

    /** IPv4 only. */
    public long mask() {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    /** IPv4 only. */
    public long networkAddress() {
        return v4(first());
    }

    /** IPv4 only. */
    public long broadcastAddress() {
        return v4(last());
    }

    /** IPv4 only: whether the 32-bit address is inside. */
    public boolean contains(long ip) {
        return !isIpv6() && contains(Ipv4.ip(ip));
    }

    @Override
    public int compareTo(Cidr o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && prefixLength == other.prefixLength && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
