package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.BgpPrefixPaths.BgpPath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * EOS {@code show ip bgp <prefix> detail | json}: vrfs.default.bgpRouteEntries keyed by prefix, each with
 * {@code bgpRoutePaths[]}: {@code nextHop}, {@code peerEntry.peerAddr}, {@code routeType.active} (the best
 * path) and {@code routeDetail.communityList} / {@code largeCommunityList} (only with {@code detail}).
 * No entry for the prefix means EOS has no such route.
 */
public final class EosBgpPrefixParser {

    static final String WHAT = "EOS 'show ip bgp <prefix> detail | json' output";

    private EosBgpPrefixParser() {
    }

    public static BgpPrefixPaths parse(String prefix, String json) {
        JsonNode vrf = EosSupport.defaultVrf(json, WHAT);
        JsonNode entries = vrf.path("bgpRouteEntries");
        if (entries.isMissingNode()) {
            return new BgpPrefixPaths(prefix, List.of());
        }
        if (!entries.isObject()) {
            throw ParseSupport.failure(WHAT, "\"bgpRouteEntries\" is not an object", json);
        }
        JsonNode entry = entries.path(prefix);
        if (!entry.isObject()) {
            return new BgpPrefixPaths(prefix, List.of());
        }
        List<BgpPath> out = new ArrayList<>();
        for (JsonNode p : entry.path("bgpRoutePaths")) {
            JsonNode detail = p.path("routeDetail");
            out.add(new BgpPath(ParseSupport.text(p.path("peerEntry"), "peerAddr"), ParseSupport.text(p, "nextHop"),
                    p.path("routeType").path("active").asBoolean(false),
                    FrrBgpPrefixParser.strings(detail.path("communityList")),
                    FrrBgpPrefixParser.strings(detail.path("largeCommunityList"))));
        }
        return new BgpPrefixPaths(prefix, out);
    }
}
