package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A ping check ({@code expect.ping[i]}). Endpoints are a router name ({@code ceos01}), a node name, or
 * a pod written {@code <workload>@<node>}. {@code ttl} is the expected reply TTL; {@code reachable}
 * defaults to true.
 */
public record PingExpectSpec(String from, String to, Integer ttl, Boolean reachable) implements ExpectEntry {
    public static final String KEY = "ping";

    static PingExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "from", "to", "ttl", "reachable");
        if (o == null) {
            return null;
        }
        o.required("from", "to");
        return new PingExpectSpec(o.str("from"), o.str("to"), o.integer("ttl"), o.bool("reachable"));
    }
}
