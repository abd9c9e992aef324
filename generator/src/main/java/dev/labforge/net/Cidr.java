package dev.labforge.net;

/**
 * An IPv4 prefix such as 10.10.10.0/24. {@link #parse} rejects host bits; {@link #parseInterface}
 * keeps them (an interface address like 10.10.10.11/24).
 */
public record Cidr(long address, int prefixLength) implements Comparable<Cidr> {

    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0..32");
        }
    }

    /** Parses a network prefix; host bits set is an error that names the correct network. */
    public static Cidr parse(String text) {
        Cidr c = parseInterface(text);
        if (c.hasHostBits()) {
            throw new IllegalArgumentException("'" + text + "' has host bits set (the network is " + c.network() + ")");
        }
        return c;
    }

    /** Parses address/len and keeps the host bits. */
    public static Cidr parseInterface(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no prefix given");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix (expected address/length like 10.10.10.0/24)");
        }
        long addr = Ipv4.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit) || Integer.parseInt(len) > 32) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length (expected 0..32)");
        }
        return new Cidr(addr, Integer.parseInt(len));
    }

    public static Cidr of(String address, int prefixLength) {
        return new Cidr(Ipv4.parse(address), prefixLength);
    }

    public long mask() {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    public long networkAddress() {
        return address & mask();
    }

    public boolean hasHostBits() {
        return (address & ~mask() & 0xFFFFFFFFL) != 0;
    }

    /** This prefix without host bits. */
    public Cidr network() {
        return new Cidr(networkAddress(), prefixLength);
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    public long broadcastAddress() {
        return networkAddress() + size() - 1;
    }

    public boolean contains(long ip) {
        return (ip & mask()) == networkAddress();
    }

    public boolean contains(String ip) {
        return contains(Ipv4.parse(ip));
    }

    /** True when {@code other} lies entirely inside this prefix. */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && contains(other.networkAddress());
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The n-th address of the prefix (0 = network address). */
    public String host(long n) {
        if (n < 0 || n >= size()) {
            throw new IllegalArgumentException("host " + n + " is outside " + this);
        }
        return Ipv4.format(networkAddress() + n);
    }

    /** The address part only, e.g. "10.10.10.11" for 10.10.10.11/24. */
    public String addressText() {
        return Ipv4.format(address);
    }

    /** The smallest prefix that covers both. */
    public Cidr supernetWith(Cidr other) {
        int len = Math.min(prefixLength, other.prefixLength);
        while (len > 0 && !new Cidr(networkAddress(), len).network().contains(other.networkAddress())) {
            len--;
        }
        return new Cidr(networkAddress(), len).network();
    }

    @Override
    public int compareTo(Cidr o) {
        int c = Long.compare(networkAddress(), o.networkAddress());
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    @Override
    public String toString() {
        return Ipv4.format(address) + "/" + prefixLength;
    }
}
