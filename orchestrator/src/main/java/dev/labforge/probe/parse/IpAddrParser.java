package dev.labforge.probe.parse;

import dev.labforge.probe.InterfaceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * iproute2 {@code ip -j addr show [dev X]}: interface name to its IPv4 addresses as CIDR (10.10.10.1/24), in
 * output order; or each interface with its MTU and state too ({@link #interfaces}).
 */
public final class IpAddrParser {

    static final String WHAT = "'ip -j addr show' output";

    private IpAddrParser() {
    }

    public static Map<String, List<String>> ipv4ByInterface(String json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        interfaces(json).forEach(i -> out.put(i.name(), i.ipv4()));
        return out;
    }

    /** Set up ({@code ip link set X up}): its flags carry UP; true when no flags are shown. */
    private static boolean adminUp(JsonNode link) {
        JsonNode flags = link.path("flags");
        if (!flags.isArray()) {
            return true;
        }
        for (JsonNode f : flags) {
            if ("UP".equals(f.asString())) {
                return true;
            }
        }
        return false;
    }

    /** Every interface in output order, with its MTU (0 when not shown), states and IPv4 addresses. */
    public static List<InterfaceState> interfaces(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        if (!root.isArray()) {
            throw ParseSupport.failure(WHAT, "expected a JSON array of interfaces", json);
        }
        List<InterfaceState> out = new ArrayList<>();
        for (JsonNode link : root) {
            String name = ParseSupport.text(link, "ifname");
            if (name.isEmpty()) {
                throw ParseSupport.failure(WHAT, "an interface without \"ifname\"", json);
            }
            List<String> addresses = new ArrayList<>();
            for (JsonNode a : link.path("addr_info")) {
                if ("inet".equals(ParseSupport.text(a, "family"))) {
                    addresses.add(ParseSupport.text(a, "local") + "/" + ParseSupport.intOr(a, "prefixlen", 32));
                }
            }
            out.add(new InterfaceState(name, ParseSupport.intOr(link, "mtu", 0), ParseSupport.text(link, "operstate"),
                    adminUp(link), addresses));
        }
        return List.copyOf(out);
    }
}
