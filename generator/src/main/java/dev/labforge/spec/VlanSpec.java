package dev.labforge.spec;

/**
 * One VLAN on the ToR. {@code gateway} defaults to the subnet's first address; {@code name} to vlan&lt;id&gt;;
 * {@code mtu} (its SVI and its ports) to {@code tor.mtu}. {@code subnet6} is its IPv6 subnet (dual-stack and
 * IPv6 labs), {@code gateway6} defaults to its first address after the subnet-router anycast one ({@code ::1}).
 */
public record VlanSpec(Integer id, String name, String subnet, String gateway, Integer mtu, String subnet6, String gateway6) {

    /** With the ToR's MTU, IPv4 only. */
    public VlanSpec(Integer id, String name, String subnet, String gateway) {
        this(id, name, subnet, gateway, (Integer) null);
    }

    /** IPv4 only. */
    public VlanSpec(Integer id, String name, String subnet, String gateway, Integer mtu) {
        this(id, name, subnet, gateway, mtu, null, null);
    }

    /** With the ToR's MTU. */
    public VlanSpec(Integer id, String name, String subnet, String gateway, String subnet6, String gateway6) {
        this(id, name, subnet, gateway, null, subnet6, gateway6);
    }
}
