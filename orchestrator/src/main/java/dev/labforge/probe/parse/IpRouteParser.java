package dev.labforge.probe.parse;

import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * iproute2 {@code ip -j route show}: an array of routes. {@code dst} "default" becomes 0.0.0.0/0 and a
 * bare address gets /32; {@code type} defaults to unicast; a route without {@code protocol} was added
 * by hand (the kernel's "boot"); multipath routes list {@code nexthops}.
 */
public final class IpRouteParser {

    static final String WHAT = "'ip -j route show' output";

    private IpRouteParser() {
    }

    public static List<RouteEntry> parse(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isArray()) {
            throw ParseSupport.failure(WHAT, "expected a JSON array of routes", json);
        }
        List<RouteEntry> out = new ArrayList<>();
        for (JsonNode r : root) {
            String dst = ParseSupport.text(r, "dst");
            if (dst.isEmpty()) {
                throw ParseSupport.failure(WHAT, "a route has no \"dst\"", json);
            }
            String prefix = "default".equals(dst) ? "0.0.0.0/0" : dst.contains("/") ? dst : dst + "/32";
            String type = ParseSupport.text(r, "type");
            String protocol = ParseSupport.text(r, "protocol");
            List<String> gateways = new ArrayList<>();
            String device = ParseSupport.text(r, "dev");
            String gw = ParseSupport.text(r, "gateway");
            if (!gw.isEmpty()) {
                gateways.add(gw);
            }
            for (JsonNode nh : r.path("nexthops")) {
                String nhGw = ParseSupport.text(nh, "gateway");
                if (!nhGw.isEmpty()) {
                    gateways.add(nhGw);
                }
                if (device.isEmpty()) {
                    device = ParseSupport.text(nh, "dev");
                }
            }
            out.add(new RouteEntry(prefix, type.isEmpty() ? "unicast" : type, protocol.isEmpty() ? "boot" : protocol,
                    List.copyOf(gateways), device));
        }
        return List.copyOf(out);
    }
}
