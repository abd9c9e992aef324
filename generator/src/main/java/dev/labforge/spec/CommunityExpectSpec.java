package dev.labforge.spec;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A BGP community check ({@code expect.community[i]}): the ToR's route to {@code prefix} carries every
 * one of {@code communities}. {@code on} defaults to the ToR (the only router with a BGP table to ask);
 * {@code node}, who exports the prefix, is for reports and defaults to the node whose block it is.
 */
public record CommunityExpectSpec(String on, String prefix, String node, List<String> communities) implements ExpectEntry {
    public static final String KEY = "community";

    static CommunityExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "prefix", "node", "communities");
        if (o == null) {
            return null;
        }
        o.required("prefix", "communities");
        return new CommunityExpectSpec(o.str("on"), o.str("prefix"), o.str("node"), o.strings("communities"));
    }
}
