package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An interface's MTU: {@code interface} of {@code on} (the ToR, a node, or a pod {@code <workload>@<node>})
 * has MTU {@code mtu}. The ToR's interfaces are named as its platform names them (Vlan10, Ethernet1 on
 * cEOS; br10, eth1 on FRR and Linux); runtimes that emulate the router map the name.
 */
public record MtuCheck(String on, Side side, String iface, int mtu, boolean derived) implements InterfaceCheck {

    public static final String TYPE = "mtu";

    public MtuCheck {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(iface, "iface");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        return key() + " " + mtu;
    }

    @Override
    public String expected() {
        return "mtu " + mtu;
    }

    /** One interface: an author entry changes the MTU it must have. */
    @Override
    public String key() {
        return TYPE + " " + on + " " + iface;
    }

    static final class Type implements CheckType<MtuCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<MtuCheck> recordType() {
            return MtuCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(MtuCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("side", c.side().id());
            m.put("interface", c.iface());
            m.put("mtu", c.mtu());
            return m;
        }

        @Override
        public MtuCheck fromPlan(PlanEntry e) {
            Integer mtu = e.optionalInt("mtu");
            if (mtu == null) {
                throw e.error("mtu is missing");
            }
            return new MtuCheck(e.string("on"), e.side("side"), e.string("interface"), mtu, e.derived());
        }
    }
}
