package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An interface holds an IPv4 address inside a prefix: {@code interface} of {@code on} (the ToR, a node or a
 * pod) has an address in {@code within}. The derived one: each node's {@code vxlan.calico} carries its VTEP
 * address, which Calico's IPAM takes from the node's own block.
 */
public record AddressCheck(String on, Side side, String iface, String within, boolean derived) implements InterfaceCheck {

    public static final String TYPE = "address";

    public AddressCheck {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(within, "within");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        return key() + " in " + within;
    }

    @Override
    public String expected() {
        return "an IPv4 address in " + within;
    }

    /** One interface: an author entry changes where its address must lie. */
    @Override
    public String key() {
        return TYPE + " " + on + " " + iface;
    }

    static final class Type implements CheckType<AddressCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<AddressCheck> recordType() {
            return AddressCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(AddressCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("side", c.side().id());
            m.put("interface", c.iface());
            m.put("within", c.within());
            return m;
        }

        @Override
        public AddressCheck fromPlan(PlanEntry e) {
            return new AddressCheck(e.string("on"), e.side("side"), e.string("interface"), e.string("within"), e.derived());
        }
    }
}
