package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A CalicoNodeStatus resource as JSON (kubectl -o json or the fabric8 client's serialization).
 * status.bgp.peersV4 become {@link BgpPeerState}s (remote AS and prefix count unknown: -1; info is the
 * peer type and since), status.routes.routesV4 become {@link RouteEntry}s (interface "blackhole" is a
 * blackhole route; gateway "N/A" means none; learnedFrom.sourceType BGPPeer -> protocol bgp).
 * A resource whose status is not filled in yet yields empty lists.
 */
public final class CalicoNodeStatusParser {

    static final String WHAT = "CalicoNodeStatus JSON";

    private CalicoNodeStatusParser() {
    }

    public static List<BgpPeerState> peers(String json) {
        JsonNode root = resource(json);
        List<BgpPeerState> out = new ArrayList<>();
        for (JsonNode p : root.path("status").path("bgp").path("peersV4")) {
            String ip = ParseSupport.text(p, "peerIP");
            if (ip.isEmpty()) {
                throw ParseSupport.failure(WHAT, "a peersV4 entry has no peerIP", json);
            }
            String info = (ParseSupport.text(p, "type") + " since " + ParseSupport.text(p, "since")).strip();
            out.add(new BgpPeerState(ip, -1, ParseSupport.normalizeState(ParseSupport.text(p, "state")), -1,
                    info.endsWith("since") ? info.substring(0, info.length() - 5).strip() : info, ""));
        }
        return List.copyOf(out);
    }

    public static List<RouteEntry> routes(String json) {
        JsonNode root = resource(json);
        List<RouteEntry> out = new ArrayList<>();
        for (JsonNode r : root.path("status").path("routes").path("routesV4")) {
            String dst = ParseSupport.text(r, "destination");
            if (dst.isEmpty()) {
                throw ParseSupport.failure(WHAT, "a routesV4 entry has no destination", json);
            }
            String iface = ParseSupport.text(r, "interface");
            String gw = ParseSupport.text(r, "gateway");
            boolean blackhole = "blackhole".equals(iface);
            String source = ParseSupport.text(r.path("learnedFrom"), "sourceType");
            String protocol = switch (source) {
                case "BGPPeer", "NodeMesh" -> "bgp";
                default -> source.toLowerCase(java.util.Locale.ROOT);
            };
            List<String> gateways = gw.isEmpty() || "N/A".equals(gw) ? List.of() : List.of(gw);
            out.add(new RouteEntry(dst, blackhole ? "blackhole" : "unicast", protocol, gateways, blackhole ? "" : iface));
        }
        return List.copyOf(out);
    }

    private static JsonNode resource(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isObject() || !("CalicoNodeStatus".equals(ParseSupport.text(root, "kind")) || root.path("spec").has("node"))) {
            throw ParseSupport.failure(WHAT, "not a CalicoNodeStatus resource (no kind CalicoNodeStatus or spec.node)", json);
        }
        return root;
    }
}
