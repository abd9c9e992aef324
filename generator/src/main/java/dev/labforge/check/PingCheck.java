package dev.labforge.check;

import dev.labforge.net.IpFamily;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Ping {@code to} from {@code from}. Endpoints: the ToR name, a node name, or a pod
 * {@code <workload>@<node>}; {@code to} may also be an address (a ToR loopback). {@code ttl} null means
 * any TTL (IPv6: hop limit); {@code reachable} false: no reply may come. {@code family} says which
 * addresses of the endpoints are used: {@code ping -6} for IPv6.
 */
public record PingCheck(String from, String to, Integer ttl, boolean reachable, boolean derived, IpFamily family)
        implements Check {

    public static final String TYPE = "ping";

    public PingCheck {
        Objects.requireNonNull(family, "family");
    }

    /** An IPv4 ping. */
    public PingCheck(String from, String to, Integer ttl, boolean reachable, boolean derived) {
        this(from, to, ttl, reachable, derived, IpFamily.IPV4);
    }

    @Override
    public String type() {
        return TYPE;
    }

    private boolean v6() {
        return family == IpFamily.IPV6;
    }

    @Override
    public String name() {
        return "ping " + (v6() ? "-6 " : "") + from + " -> " + to
                + (ttl != null && reachable ? (v6() ? " hop limit " : " ttl ") + ttl : "") + (reachable ? "" : " no reply");
    }

    @Override
    public String expected() {
        if (!reachable) {
            return "no reply";
        }
        return ttl == null ? "replies" : "replies with " + (v6() ? "hop limit " : "ttl ") + ttl;
    }

    /** The same two endpoints in one family are the same check, whatever TTL is expected. */
    @Override
    public String key() {
        return TYPE + " " + (v6() ? "-6 " : "") + from + " -> " + to;
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
            if (c.v6()) {
                m.put("family", c.family().id());
            }
            if (c.ttl() != null) {
                m.put("ttl", c.ttl());
            }
            m.put("reachable", c.reachable());
            return m;
        }

        @Override
        public PingCheck fromPlan(PlanEntry e) {
            String id = e.optionalString("family", IpFamily.IPV4.id());
            IpFamily family = IpFamily.fromId(id);
            if (family == null) {
                throw e.error("family '" + id + "' is not ipv4 or ipv6");
            }
            return new PingCheck(e.string("from"), e.string("to"), e.optionalInt("ttl"), e.optionalBoolean("reachable", true),
                    e.derived(), family);
        }
    }
}
