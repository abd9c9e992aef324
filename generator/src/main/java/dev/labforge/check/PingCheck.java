package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ping {@code to} from {@code from}. Endpoints: the ToR name, a node name, or a pod
 * {@code <workload>@<node>}. {@code ttl} null means any TTL; {@code reachable} false: no reply may come.
 */
public record PingCheck(String from, String to, Integer ttl, boolean reachable, boolean derived) implements Check {

    public static final String TYPE = "ping";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        return "ping " + from + " -> " + to + (ttl != null && reachable ? " ttl " + ttl : "") + (reachable ? "" : " no reply");
    }

    @Override
    public String expected() {
        if (!reachable) {
            return "no reply";
        }
        return ttl == null ? "replies" : "replies with ttl " + ttl;
    }

    /** The same two endpoints are the same check, whatever TTL is expected. */
    @Override
    public String key() {
        return TYPE + " " + from + " -> " + to;
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
            if (c.ttl() != null) {
                m.put("ttl", c.ttl());
            }
            m.put("reachable", c.reachable());
            return m;
        }

        @Override
        public PingCheck fromPlan(PlanEntry e) {
            return new PingCheck(e.string("from"), e.string("to"), e.optionalInt("ttl"), e.optionalBoolean("reachable", true),
                    e.derived());
        }
    }
}
