package dev.labforge.probe.parse;

import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * iproute2 {@code ip -j route show}: an array of routes. {@code dst} "default" becomes 0.0.0.0/0 and a
 * bare address gets /32; {@code type} defaults to unicast; a route without {@code protocol} was added
 * by hand (the kernel's "boot"); multipath routes list {@code nexthops}; {@code onlink} is one of the
 * route's {@code flags} (Felix's routes: {@code via <VTEP> dev vxlan.calico onlink}).
 */
public final class IpRouteParser {

    static final String WHAT = "'ip -j route show' output";
    static final String WHAT_TEXT = "'ip route show' output";

    private static final Set<String> TYPES = Set.of("unicast", "local", "broadcast", "blackhole", "unreachable",
            "prohibit", "throw", "multicast", "anycast", "nat");

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
            boolean onlink = false;
            for (JsonNode flag : r.path("flags")) {
                onlink |= "onlink".equals(flag.asString());
            }
            for (JsonNode nh : r.path("nexthops")) {
                for (JsonNode flag : nh.path("flags")) {
                    onlink |= "onlink".equals(flag.asString());
                }
            }
            out.add(new RouteEntry(prefix, type.isEmpty() ? "unicast" : type, protocol.isEmpty() ? "boot" : protocol,
                    List.copyOf(gateways), device, onlink));
        }
        return List.copyOf(out);
    }

    /**
     * The text form ({@code ip route show}), for iproute2 builds without {@code -j}. Same normalization as
     * {@link #parse}; multipath {@code nexthop via ...} lines are collected into the route above them.
     */
    public static List<RouteEntry> parseText(String text) {
        if (text == null) {
            throw ParseSupport.failure(WHAT_TEXT, "no output", text);
        }
        List<RouteEntry> out = new ArrayList<>();
        for (String raw : text.lines().toList()) {
            if (raw.isBlank()) {
                continue;
            }
            String[] w = raw.strip().split("\\s+");
            if (Character.isWhitespace(raw.charAt(0)) && "nexthop".equals(w[0])) {
                if (out.isEmpty()) {
                    throw ParseSupport.failure(WHAT_TEXT, "nexthop line before any route", text);
                }
                RouteEntry last = out.remove(out.size() - 1);
                List<String> gateways = new ArrayList<>(last.nextHops());
                String device = last.device();
                for (int i = 1; i + 1 < w.length; i++) {
                    if ("via".equals(w[i])) {
                        gateways.add(w[i + 1]);
                    } else if ("dev".equals(w[i]) && device.isEmpty()) {
                        device = w[i + 1];
                    }
                }
                out.add(new RouteEntry(last.prefix(), last.type(), last.protocol(), List.copyOf(gateways), device,
                        last.onlink() || List.of(w).contains("onlink")));
                continue;
            }
            int i = 0;
            String type = "unicast";
            if (TYPES.contains(w[0])) {
                type = w[0];
                i = 1;
            }
            if (i >= w.length || !(w[i].equals("default") || w[i].matches("[0-9.]+(/\\d+)?"))) {
                throw ParseSupport.failure(WHAT_TEXT, "cannot read route '" + raw.strip() + "'", text);
            }
            String dst = w[i];
            String prefix = "default".equals(dst) ? "0.0.0.0/0" : dst.contains("/") ? dst : dst + "/32";
            String protocol = "boot";
            String device = "";
            List<String> gateways = new ArrayList<>();
            boolean onlink = false;
            for (int k = i + 1; k < w.length; k++) {
                switch (w[k]) {
                    case "via" -> {
                        if (k + 1 < w.length) {
                            gateways.add(w[++k]);
                        }
                    }
                    case "dev" -> device = k + 1 < w.length ? w[++k] : device;
                    case "proto" -> protocol = k + 1 < w.length ? w[++k] : protocol;
                    case "onlink" -> onlink = true;
                    default -> { }
                }
            }
            out.add(new RouteEntry(prefix, type, protocol, List.copyOf(gateways), device, onlink));
        }
        return List.copyOf(out);
    }
}
