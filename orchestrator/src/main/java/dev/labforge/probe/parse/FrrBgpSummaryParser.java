package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPeerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * FRR {@code show bgp summary json} / {@code show ip bgp summary json} (wrapped in {"ipv4Unicast": ...}, and
 * {"ipv6Unicast": ...} on a router with IPv6 sessions: both are read, IPv4 first)
 * and {@code show bgp ipv4 unicast summary json} (the inner object). {@code {}} means no peers at all.
 * {@code state} "Idle (Admin)" becomes state Idle + info "(Admin)"; a {@code peerState} other than OK
 * (Policy, Admin, PfxCt...) is added to info as "(Policy)": an Established eBGP session that exchanges
 * nothing because of ebgp-requires-policy shows up that way.
 */
public final class FrrBgpSummaryParser {

    static final String WHAT = "FRR 'show bgp summary json' output";

    private FrrBgpSummaryParser() {
    }

    public static List<BgpPeerState> parse(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isObject()) {
            throw ParseSupport.failure(WHAT, "expected a JSON object", json);
        }
        List<JsonNode> summaries = new ArrayList<>();
        if (root.has("peers")) {
            summaries.add(root);
        } else if (root.has("ipv4Unicast") || root.has("ipv6Unicast")) {
            // a dual-stack router: the IPv4 sessions, then the IPv6 ones (each family's sessions and prefixes)
            for (String af : List.of("ipv4Unicast", "ipv6Unicast")) {
                if (root.has(af)) {
                    summaries.add(ParseSupport.requireObject(root, af, WHAT, json));
                }
            }
        } else if (root.isEmpty() || onlyAddressFamilies(root)) {
            return List.of();
        } else {
            throw ParseSupport.failure(WHAT, "neither \"peers\" nor \"ipv4Unicast\" nor \"ipv6Unicast\" present", json);
        }
        List<BgpPeerState> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode summary : summaries) {
            JsonNode peers = summary.path("peers");
            if (peers.isMissingNode()) {
                continue;
            }
            if (!peers.isObject()) {
                throw ParseSupport.failure(WHAT, "\"peers\" is not an object", json);
            }
            for (Map.Entry<String, JsonNode> e : peers.properties()) {
                // a neighbour active in both families is one session: its IPv4 entry stands for it
                if (seen.add(e.getKey())) {
                    out.add(peer(e.getKey(), e.getValue(), json));
                }
            }
        }
        return List.copyOf(out);
    }

    private static BgpPeerState peer(String address, JsonNode p, String json) {
        String rawState = ParseSupport.text(p, "state");
        if (rawState.isEmpty()) {
            throw ParseSupport.failure(WHAT, "peer " + address + " has no \"state\"", json);
        }
        String state = rawState;
        List<String> info = new ArrayList<>();
        int paren = rawState.indexOf(" (");
        if (paren > 0) {
            state = rawState.substring(0, paren);
            info.add(rawState.substring(paren + 1));
        }
        String peerState = ParseSupport.text(p, "peerState");
        if (!peerState.isEmpty() && !"OK".equals(peerState) && !info.contains("(" + peerState + ")")) {
            info.add("(" + peerState + ")");
        }
        int prefixes = ParseSupport.intOr(p, "pfxRcd", -1);
        return new BgpPeerState(address, ParseSupport.asNumber(p.path("remoteAs")), ParseSupport.normalizeState(state),
                prefixes, String.join(" ", info), "");
    }

    private static boolean onlyAddressFamilies(JsonNode root) {
        for (String name : root.propertyNames()) {
            if (!name.matches("ipv[46][A-Za-z]+|l2VpnEvpn")) {
                return false;
            }
        }
        return true;
    }
}
