package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A ping check ({@code expect.ping[i]}). Endpoints are a router name ({@code ceos01}), a node name, or
 * a pod written {@code <workload>@<node>}; {@code to} may also be an address of the ToR (one of its
 * loopbacks, an external target). {@code ttl} is the expected reply TTL (IPv6: hop limit); {@code reachable}
 * defaults to true. {@code size} is the ICMP payload in bytes ({@code ping -s}), {@code dontFragment}
 * sends with DF set ({@code ping -M do}); {@code error} names the failure ping must report (e.g.
 * {@code "message too long, mtu=1450"}), which implies no reply. {@code family} ({@code ipv4} | {@code ipv6})
 * says which addresses of the endpoints to use; default: the family of a {@code to} address, else the
 * cluster's first family.
 */
public record PingExpectSpec(String from, String to, Integer ttl, Boolean reachable, Integer size, Boolean dontFragment,
        String error, String family) implements ExpectEntry {
    public static final String KEY = "ping";
    public static final java.util.List<String> FAMILIES = java.util.List.of("ipv4", "ipv6");

    /** A plain ping in the default family. */
    public PingExpectSpec(String from, String to, Integer ttl, Boolean reachable) {
        this(from, to, ttl, reachable, null, null, null, null);
    }

    /** A plain ping in one family. */
    public PingExpectSpec(String from, String to, Integer ttl, Boolean reachable, String family) {
        this(from, to, ttl, reachable, null, null, null, family);
    }

    /** A ping in the default family. */
    public PingExpectSpec(String from, String to, Integer ttl, Boolean reachable, Integer size, Boolean dontFragment,
            String error) {
        this(from, to, ttl, reachable, size, dontFragment, error, null);
    }

    static PingExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "from", "to", "size", "dontFragment", "ttl", "reachable", "error", "family");
        if (o == null) {
            return null;
        }
        o.required("from", "to");
        return new PingExpectSpec(o.str("from"), o.str("to"), o.integer("ttl"), o.bool("reachable"), o.integer("size"),
                o.bool("dontFragment"), o.str("error"), o.choice("family", FAMILIES));
    }
}
