package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPeerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * FRR {@code show bgp summary json} / {@code show ip bgp summary json} (wrapped in {"ipv4Unicast": ...})
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
        JsonNode summary;
        if (root.has("peers")) {
            summary = root;
        } else if (root.has("ipv4Unicast")) {
            summary = ParseSupport.requireObject(root, "ipv4Unicast", WHAT, json);
        } else if (root.isEmpty() || onlyAddressFamilies(root)) {
            return List.of();
        } else {
            throw ParseSupport.failure(WHAT, "neither \"peers\" nor \"ipv4Unicast\" present", json);
        }
        JsonNode peers = summary.path("peers");
        if (peers.isMissingNode()) {
            return List.of();
        }
        if (!peers.isObject()) {
            throw ParseSupport.failure(WHAT, "\"peers\" is not an object", json);
        }
        List<BgpPeerState> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : peers.properties()) {
            out.add(peer(e.getKey(), e.getValue(), json));
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
