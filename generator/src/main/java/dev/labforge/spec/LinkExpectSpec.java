package dev.labforge.spec;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A link check ({@code expect.link[i]}): {@code interface} of {@code on} (the ToR or a node) is {@code state}
 * up (the default) or down, e.g. a port a lab shuts on purpose. The ToR's ports go by their containerlab names
 * (eth1 for port 1), a node's link to the ToR is eth1.
 */
public record LinkExpectSpec(String on, String iface, String state) implements ExpectEntry {
    public static final String KEY = "link";
    public static final List<String> STATES = List.of("up", "down");

    static LinkExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "interface", "state");
        if (o == null) {
            return null;
        }
        o.required("on", "interface");
        return new LinkExpectSpec(o.str("on"), o.str("interface"), o.choice("state", STATES));
    }
}
