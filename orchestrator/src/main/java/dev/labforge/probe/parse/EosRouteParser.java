package dev.labforge.probe.parse;

import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * EOS {@code show ip route | json}: vrfs.default.routes keyed by prefix. routeType iBGP/eBGP/BGP becomes
 * protocol "bgp" (the raw type is kept otherwise, lower-cased for connected/static/kernel);
 * routeAction "drop" becomes type blackhole.
 */
public final class EosRouteParser {

    static final String WHAT = "EOS 'show ip route | json' output";

    private EosRouteParser() {
    }

    public static List<RouteEntry> parse(String json) {
        JsonNode vrf = EosSupport.defaultVrf(json, WHAT);
        JsonNode routes = vrf.path("routes");
        if (!routes.isObject()) {
            throw ParseSupport.failure(WHAT, "no \"routes\" object in the VRF", json);
        }
        List<RouteEntry> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : routes.properties()) {
            JsonNode r = e.getValue();
            String routeType = ParseSupport.text(r, "routeType");
            String protocol = switch (routeType) {
                case "iBGP", "eBGP", "BGP", "bgpAggregate" -> "bgp";
                default -> routeType;
            };
            String type = "drop".equals(ParseSupport.text(r, "routeAction")) ? "blackhole" : "unicast";
            List<String> gateways = new ArrayList<>();
            String device = "";
            for (JsonNode via : r.path("vias")) {
                String addr = ParseSupport.text(via, "nexthopAddr");
                if (!addr.isEmpty()) {
                    gateways.add(addr);
                }
                if (device.isEmpty()) {
                    device = ParseSupport.text(via, "interface");
                }
            }
            out.add(new RouteEntry(e.getKey(), type, protocol, List.copyOf(gateways), device));
        }
        return List.copyOf(out);
    }
}
