package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A link's operational state: interface {@code iface} of {@code on} (a ToR port, a node's {@code eth1}) is up
 * ({@code up}) or down. {@code peer} is who is at the other end (a node for a ToR port, the ToR for a node's
 * link); null when unknown. Sessions, routes and pings over a link that is down fail at once with that cause.
 */
public record LinkCheck(String on, Side side, String iface, String peer, boolean up, boolean derived) implements InterfaceCheck {

    public static final String TYPE = "link";

    public LinkCheck {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(iface, "iface");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@code link ceos01 eth2 (to k01-worker)}: the same whether it must be up or down. */
    @Override
    public String name() {
        return TYPE + " " + on + " " + iface + (peer == null ? "" : " (to " + peer + ")");
    }

    @Override
    public String expected() {
        return up ? "UP" : "DOWN";
    }

    /** One interface: an author entry changes whether it must be up. */
    @Override
    public String key() {
        return TYPE + " " + on + " " + iface;
    }

    /** The spec's and the plan's word for the state: up or down. */
    public String state() {
        return up ? "up" : "down";
    }

    static final class Type implements CheckType<LinkCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<LinkCheck> recordType() {
            return LinkCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(LinkCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("side", c.side().id());
            m.put("interface", c.iface());
            if (c.peer() != null) {
                m.put("peer", c.peer());
            }
            m.put("state", c.state());
            return m;
        }

        @Override
        public LinkCheck fromPlan(PlanEntry e) {
            String state = e.optionalString("state", "up").toLowerCase(Locale.ROOT);
            if (!state.equals("up") && !state.equals("down")) {
                throw e.error("state '" + state + "' is not up or down");
            }
            return new LinkCheck(e.string("on"), e.side("side"), e.string("interface"), e.optionalString("peer", null),
                    state.equals("up"), e.derived());
        }
    }
}
