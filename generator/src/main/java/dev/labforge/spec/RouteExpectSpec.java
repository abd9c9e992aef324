package dev.labforge.spec;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A route check ({@code expect.route[i]}) in the kernel table of {@code on} (the ToR or a node).
 * {@code kind}: {@code via} (next hop one of {@code via}; the default when via is written),
 * {@code connected}, {@code blackhole}, or {@code none-within} (no route inside {@code prefix};
 * {@code reason} says why, for the report). A via route may name its {@code dev} (e.g. {@code vxlan.calico})
 * and require {@code onlink}.
 */
public record RouteExpectSpec(String on, String prefix, String kind, List<String> via, String reason, String dev,
        Boolean onlink) implements ExpectEntry {
    public static final String KEY = "route";
    public static final List<String> KINDS = List.of("via", "connected", "blackhole", "none-within");

    /** Any device. */
    public RouteExpectSpec(String on, String prefix, String kind, List<String> via, String reason) {
        this(on, prefix, kind, via, reason, null, null);
    }

    static RouteExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "prefix", "kind", "via", "dev", "onlink", "reason");
        if (o == null) {
            return null;
        }
        o.required("on", "prefix");
        return new RouteExpectSpec(o.str("on"), o.str("prefix"), o.choice("kind", KINDS), o.strings("via"), o.str("reason"),
                o.str("dev"), o.bool("onlink"));
    }
}
