package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.BgpPrefixPaths.BgpPath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * FRR {@code show bgp ipv4 unicast <prefix> json}: {@code {"prefix", "paths": [...]}}, each path with
 * {@code community.list}, {@code largeCommunity.list}, {@code bestpath.overall}, {@code nexthops[].ip} and
 * {@code peer.peerId} (0.0.0.0 for a path the router originates). {@code {}} means FRR has no such prefix.
 */
public final class FrrBgpPrefixParser {

    static final String WHAT = "FRR 'show bgp ipv4 unicast <prefix> json' output";

    private FrrBgpPrefixParser() {
    }

    public static BgpPrefixPaths parse(String prefix, String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isObject()) {
            throw ParseSupport.failure(WHAT, "expected a JSON object", json);
        }
        if (root.isEmpty()) {
            return new BgpPrefixPaths(prefix, List.of());
        }
        JsonNode paths = root.path("paths");
        if (!paths.isArray()) {
            throw ParseSupport.failure(WHAT, "no \"paths\" array", json);
        }
        String shown = ParseSupport.text(root, "prefix");
        if (!shown.isEmpty() && !shown.equals(prefix)) {
            // FRR answers a host address with its covering route; a different prefix is not this one
            return new BgpPrefixPaths(prefix, List.of());
        }
        List<BgpPath> out = new ArrayList<>();
        for (JsonNode p : paths) {
            String peer = ParseSupport.text(p.path("peer"), "peerId");
            String nextHop = p.path("nexthops").isArray() && !p.path("nexthops").isEmpty()
                    ? ParseSupport.text(p.path("nexthops").get(0), "ip") : "";
            out.add(new BgpPath("0.0.0.0".equals(peer) ? "" : peer, nextHop, p.path("bestpath").path("overall").asBoolean(false),
                    strings(p.path("community").path("list")), strings(p.path("largeCommunity").path("list"))));
        }
        return new BgpPrefixPaths(prefix, out);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asString(""));
        }
        return out;
    }
}
