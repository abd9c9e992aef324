package dev.labforge.spec;

/** One VLAN on the ToR. {@code gateway} defaults to the subnet's first address; {@code name} to vlan&lt;id&gt;. */
public record VlanSpec(Integer id, String name, String subnet, String gateway) {
}
