package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPeerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * EOS {@code show ip bgp summary | json}: vrfs.default.peers (the only VRF when there is no "default").
 * AS numbers are strings (asdot possible). {@code peerStateIdleReason} goes into info.
 */
public final class EosBgpSummaryParser {

    static final String WHAT = "EOS 'show ip bgp summary | json' output";

    private EosBgpSummaryParser() {
    }

    public static List<BgpPeerState> parse(String json) {
        JsonNode vrf = EosSupport.defaultVrf(json, WHAT);
        JsonNode peers = vrf.path("peers");
        if (peers.isMissingNode()) {
            return List.of();
        }
        if (!peers.isObject()) {
            throw ParseSupport.failure(WHAT, "\"peers\" is not an object", json);
        }
        List<BgpPeerState> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : peers.properties()) {
            JsonNode p = e.getValue();
            String state = ParseSupport.text(p, "peerState");
            if (state.isEmpty()) {
                throw ParseSupport.failure(WHAT, "peer " + e.getKey() + " has no \"peerState\"", json);
            }
            String reason = ParseSupport.text(p, "peerStateIdleReason");
            out.add(new BgpPeerState(e.getKey(), ParseSupport.asNumber(p.path("asn")), ParseSupport.normalizeState(state),
                    ParseSupport.intOr(p, "prefixReceived", -1), reason.isEmpty() ? "" : "(" + reason + ")", ""));
        }
        return List.copyOf(out);
    }
}
