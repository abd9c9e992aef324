package dev.labforge.model;

/**
 * A VLAN: id, name, subnet (10.10.10.0/24), gateway (10.10.10.1), prefix length (24) and the MTU of its
 * SVI and its ports on the ToR; its IPv6 subnet, gateway and prefix length when it has one
 * ({@code subnet6} null, {@code prefixLength6} 0 otherwise).
 */
public record Vlan(int id, String name, String subnet, String gateway, int prefixLength, int mtu,
                   String subnet6, String gateway6, int prefixLength6) {

    /** IPv4 only, at the kernel's default MTU. */
    public Vlan(int id, String name, String subnet, String gateway, int prefixLength) {
        this(id, name, subnet, gateway, prefixLength, 1500);
    }

    /** IPv4 only. */
    public Vlan(int id, String name, String subnet, String gateway, int prefixLength, int mtu) {
        this(id, name, subnet, gateway, prefixLength, mtu, null, null, 0);
    }

    /** The SVI address with its length, e.g. 10.10.10.1/24. */
    public String gatewayCidr() {
        return gateway + "/" + prefixLength;
    }

    public boolean hasIpv6() {
        return subnet6 != null;
    }

    /** The SVI's IPv6 address with its length, e.g. fd00:10:10::1/64; null without IPv6. */
    public String gatewayCidr6() {
        return subnet6 == null ? null : gateway6 + "/" + prefixLength6;
    }
}
