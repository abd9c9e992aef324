package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A ping check ({@code expect.ping[i]}). Endpoints are a router name ({@code ceos01}), a node name, or
 * a pod written {@code <workload>@<node>}. {@code ttl} is the expected reply TTL; {@code reachable}
 * defaults to true. {@code size} is the ICMP payload in bytes ({@code ping -s}), {@code dontFragment}
 * sends with DF set ({@code ping -M do}); {@code error} names the failure ping must report (e.g.
 * {@code "message too long, mtu=1450"}), which implies no reply.
 */
public record PingExpectSpec(String from, String to, Integer ttl, Boolean reachable, Integer size, Boolean dontFragment,
        String error) implements ExpectEntry {
    public static final String KEY = "ping";

    /** A plain ping. */
    public PingExpectSpec(String from, String to, Integer ttl, Boolean reachable) {
        this(from, to, ttl, reachable, null, null, null);
    }

    static PingExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "from", "to", "size", "dontFragment", "ttl", "reachable", "error");
        if (o == null) {
            return null;
        }
        o.required("from", "to");
        return new PingExpectSpec(o.str("from"), o.str("to"), o.integer("ttl"), o.bool("reachable"), o.integer("size"),
                o.bool("dontFragment"), o.str("error"));
    }
}
