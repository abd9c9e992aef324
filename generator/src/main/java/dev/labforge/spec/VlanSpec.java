package dev.labforge.spec;

/**
 * One VLAN on the ToR. {@code gateway} defaults to the subnet's first address; {@code name} to vlan&lt;id&gt;;
 * {@code mtu} (its SVI and its ports) to {@code tor.mtu}.
 */
public record VlanSpec(Integer id, String name, String subnet, String gateway, Integer mtu) {

    /** With the ToR's MTU. */
    public VlanSpec(Integer id, String name, String subnet, String gateway) {
        this(id, name, subnet, gateway, null);
    }
}
