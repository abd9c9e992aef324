package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * An interface address check ({@code expect.address[i]}): {@code interface} of {@code on} (the ToR, a node,
 * or a pod) holds an IPv4 address inside {@code within}.
 */
public record AddressExpectSpec(String on, String iface, String within) implements ExpectEntry {
    public static final String KEY = "address";

    static AddressExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "interface", "within");
        if (o == null) {
            return null;
        }
        o.required("on", "interface", "within");
        return new AddressExpectSpec(o.str("on"), o.str("interface"), o.str("within"));
    }
}
