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
        // each family's table (null: one table of an unnamed family), IPv4 first
        Map<String, JsonNode> summaries = new java.util.LinkedHashMap<>();
        if (root.has("peers")) {
            summaries.put(null, root);
        } else if (root.has("ipv4Unicast") || root.has("ipv6Unicast")) {
            for (String af : List.of("ipv4Unicast", "ipv6Unicast")) {
                if (root.has(af)) {
                    summaries.put(af, ParseSupport.requireObject(root, af, WHAT, json));
                }
            }
        } else if (root.isEmpty() || onlyAddressFamilies(root)) {
            return List.of();
        } else {
            throw ParseSupport.failure(WHAT, "neither \"peers\" nor \"ipv4Unicast\" nor \"ipv6Unicast\" present", json);
        }
        // a neighbour listed in both families (FRR lists a deactivated one too, with no prefixes) is one session:
        // the entry of its own address's family stands for it
        Map<String, BgpPeerState> byAddress = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> table : summaries.entrySet()) {
            JsonNode peers = table.getValue().path("peers");
            if (peers.isMissingNode()) {
                continue;
            }
            if (!peers.isObject()) {
                throw ParseSupport.failure(WHAT, "\"peers\" is not an object", json);
            }
            for (Map.Entry<String, JsonNode> e : peers.properties()) {
                boolean ownFamily = table.getKey() == null || (e.getKey().indexOf(':') >= 0) == table.getKey().equals("ipv6Unicast");
                if (!byAddress.containsKey(e.getKey()) || ownFamily) {
                    byAddress.put(e.getKey(), peer(e.getKey(), e.getValue(), json));
                }
            }
        }
        return List.copyOf(byAddress.values());
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
