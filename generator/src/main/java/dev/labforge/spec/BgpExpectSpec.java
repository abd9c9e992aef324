package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A BGP session check ({@code expect.bgp[i]}) as one end sees it. {@code on} is the ToR or a node;
 * {@code peer} is the other end by name (a node, seen from the ToR; the ToR, seen from a node: its
 * gateway on the node's VLAN) or by address. {@code established} defaults to true (false: there must
 * be no session); {@code prefixes} (ToR side only) and {@code remoteAs} are not checked when left out,
 * unless the entry replaces a derived check that has them.
 */
public record BgpExpectSpec(String on, String peer, Boolean established, Integer prefixes, Long remoteAs)
        implements ExpectEntry {
    public static final String KEY = "bgp";

    static BgpExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "peer", "established", "prefixes", "remoteAs");
        if (o == null) {
            return null;
        }
        o.required("on", "peer");
        return new BgpExpectSpec(o.str("on"), o.str("peer"), o.bool("established"), o.integer("prefixes"), o.lng("remoteAs"));
    }
}
