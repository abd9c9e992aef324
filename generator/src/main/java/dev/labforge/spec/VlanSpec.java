package dev.labforge.spec;

/**
 * One VLAN on the ToR. {@code gateway} defaults to the subnet's first address; {@code name} to vlan&lt;id&gt;.
 * {@code subnet6} is its IPv6 subnet (dual-stack and IPv6 labs), {@code gateway6} defaults to its first
 * address after the subnet-router anycast one ({@code ::1}).
 */
public record VlanSpec(Integer id, String name, String subnet, String gateway, String subnet6, String gateway6) {

    /** An IPv4-only VLAN. */
    public VlanSpec(Integer id, String name, String subnet, String gateway) {
        this(id, name, subnet, gateway, null, null);
    }
}
