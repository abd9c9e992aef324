package dev.labforge.probe.parse;

import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * FRR {@code show ip route json}: prefix -> array of RIB entries. Only selected entries are returned
 * (what forwards packets); their active next hops give the gateways. A next hop with
 * {@code blackhole}/{@code unreachable} makes the route type blackhole/unreachable.
 */
public final class FrrRouteParser {

    static final String WHAT = "FRR 'show ip route json' output";

    private FrrRouteParser() {
    }

    public static List<RouteEntry> parse(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isObject()) {
            throw ParseSupport.failure(WHAT, "expected a JSON object keyed by prefix", json);
        }
        List<RouteEntry> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getValue().isArray()) {
                throw ParseSupport.failure(WHAT, "the value of \"" + e.getKey() + "\" is not an array of routes", json);
            }
            for (JsonNode r : e.getValue()) {
                if (!r.path("selected").asBoolean(false)) {
                    continue;
                }
                out.add(route(e.getKey(), r));
            }
        }
        return List.copyOf(out);
    }

    private static RouteEntry route(String prefix, JsonNode r) {
        String type = "unicast";
        List<String> gateways = new ArrayList<>();
        String device = "";
        for (JsonNode nh : r.path("nexthops")) {
            if (nh.path("blackhole").asBoolean(false)) {
                type = "blackhole";
            } else if (nh.path("unreachable").asBoolean(false) || nh.path("reject").asBoolean(false)) {
                type = "unreachable";
            }
            if (nh.has("active") && !nh.path("active").asBoolean(false)) {
                continue;
            }
            String ip = ParseSupport.text(nh, "ip");
            if (!ip.isEmpty() && !gateways.contains(ip)) {
                gateways.add(ip);
            }
            if (device.isEmpty()) {
                device = ParseSupport.text(nh, "interfaceName");
            }
        }
        String name = ParseSupport.text(r, "prefix");
        return new RouteEntry(name.isEmpty() ? prefix : name, type, ParseSupport.text(r, "protocol"), List.copyOf(gateways), device);
    }
}
