package dev.labforge.model;

/**
 * A VLAN: id, name, subnet (10.10.10.0/24), gateway (10.10.10.1), prefix length (24) and the MTU of its
 * SVI and its ports on the ToR.
 */
public record Vlan(int id, String name, String subnet, String gateway, int prefixLength, int mtu) {

    /** At the kernel's default MTU. */
    public Vlan(int id, String name, String subnet, String gateway, int prefixLength) {
        this(id, name, subnet, gateway, prefixLength, 1500);
    }

    /** The SVI address with its length, e.g. 10.10.10.1/24. */
    public String gatewayCidr() {
        return gateway + "/" + prefixLength;
    }
}
