package dev.labforge.net;

import java.util.Locale;

/** The two address families, with what messages and configs call them. */
public enum IpFamily {
    IPV4(32, "IPv4", "10.10.10.11", "10.10.10.0/24"),
    IPV6(128, "IPv6", "fd00:10:10::11", "fd00:10:10::/64");

    private final int bits;
    private final String label;
    private final String exampleAddress;
    private final String examplePrefix;

    IpFamily(int bits, String label, String exampleAddress, String examplePrefix) {
        this.bits = bits;
        this.label = label;
        this.exampleAddress = exampleAddress;
        this.examplePrefix = examplePrefix;
    }

    /** Address length in bits: 32 or 128. */
    public int bits() {
        return bits;
    }

    /** {@code IPv4} or {@code IPv6}, as people write it. */
    public String label() {
        return label;
    }

    /** {@code ipv4} or {@code ipv6}, as lab.yaml and plan.yaml write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String exampleAddress() {
        return exampleAddress;
    }

    public String examplePrefix() {
        return examplePrefix;
    }

    public IpFamily other() {
        return this == IPV4 ? IPV6 : IPV4;
    }

    /** The family with this id ({@code ipv4} | {@code ipv6}), or null. */
    public static IpFamily fromId(String id) {
        for (IpFamily f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }
}
