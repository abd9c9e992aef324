package dev.labforge.model;

/** A VLAN: id, name, subnet (10.10.10.0/24), gateway (10.10.10.1) and prefix length (24). */
public record Vlan(int id, String name, String subnet, String gateway, int prefixLength) {

    /** The SVI address with its length, e.g. 10.10.10.1/24. */
    public String gatewayCidr() {
        return gateway + "/" + prefixLength;
    }
}
