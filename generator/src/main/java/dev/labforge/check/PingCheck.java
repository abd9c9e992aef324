package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ping {@code to} from {@code from}. Endpoints: the ToR name, a node name, or a pod
 * {@code <workload>@<node>}. {@code ttl} null means any TTL; {@code reachable} false: no reply may come.
 * {@code size} is the ICMP payload ({@code ping -s}; null: ping's default of 56 bytes) and
 * {@code dontFragment} forbids fragmenting on the way ({@code ping -M do}), so a packet larger than some
 * link's MTU fails instead of being split. {@code error} (only with {@code reachable} false) is the text
 * ping must report, e.g. {@code message too long, mtu=1450}: the sender's own kernel refusing the packet.
 */
public record PingCheck(String from, String to, Integer ttl, boolean reachable, Integer size, boolean dontFragment,
        String error, boolean derived) implements Check {

    public static final String TYPE = "ping";

    public PingCheck {
        error = error == null ? "" : error;
        if (!error.isEmpty() && reachable) {
            throw new IllegalArgumentException("a ping that must report '" + error + "' cannot be reachable too");
        }
    }

    /** A plain ping: ping's default size, fragments allowed, no named error. */
    public PingCheck(String from, String to, Integer ttl, boolean reachable, boolean derived) {
        this(from, to, ttl, reachable, null, false, "", derived);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        String outcome = !error.isEmpty() ? " fails: " + error : !reachable ? " no reply" : ttl != null ? " ttl " + ttl : "";
        return key() + outcome;
    }

    @Override
    public String expected() {
        if (!error.isEmpty()) {
            return "fails: " + error;
        }
        if (!reachable) {
            return "no reply";
        }
        return ttl == null ? "replies" : "replies with ttl " + ttl;
    }

    /** The same two endpoints with the same packet are the same check, whatever outcome is expected. */
    @Override
    public String key() {
        return TYPE + " " + from + " -> " + to + (size != null ? " size " + size : "") + (dontFragment ? " df" : "");
    }

    static final class Type implements CheckType<PingCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<PingCheck> recordType() {
            return PingCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(PingCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", c.from());
            m.put("to", c.to());
            if (c.size() != null) {
                m.put("size", c.size());
            }
            if (c.dontFragment()) {
                m.put("dontFragment", true);
            }
            if (c.ttl() != null) {
                m.put("ttl", c.ttl());
            }
            m.put("reachable", c.reachable());
            if (!c.error().isEmpty()) {
                m.put("error", c.error());
            }
            return m;
        }

        @Override
        public PingCheck fromPlan(PlanEntry e) {
            boolean reachable = e.optionalBoolean("reachable", true);
            String error = e.optionalString("error", "");
            if (!error.isEmpty() && reachable) {
                throw e.error("error '" + error + "' needs reachable: false");
            }
            return new PingCheck(e.string("from"), e.string("to"), e.optionalInt("ttl"), reachable, e.optionalInt("size"),
                    e.optionalBoolean("dontFragment", false), error, e.derived());
        }
    }
}
