package dev.labforge.probe.parse;

import dev.labforge.probe.InterfaceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * EOS {@code show interfaces | json}: {@code interfaces} keyed by name, each with its {@code mtu},
 * {@code lineProtocolStatus} (up, down, notPresent ...), {@code interfaceStatus} ("disabled" when shut down) and {@code interfaceAddress[].primaryIp}
 * ({@code address}, {@code maskLen}; 0.0.0.0/0 when unset, as on a switchport) plus {@code secondaryIpsOrderedList}.
 */
public final class EosInterfacesParser {

    static final String WHAT = "EOS 'show interfaces | json' output";

    private EosInterfacesParser() {
    }

    public static List<InterfaceState> parse(String json) {
        JsonNode root = ParseSupport.readJson(json, WHAT);
        JsonNode interfaces = root.path("interfaces");
        if (!interfaces.isObject()) {
            throw ParseSupport.failure(WHAT, "no \"interfaces\" object (was '| json' appended to the command?)", json);
        }
        List<InterfaceState> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : interfaces.properties()) {
            JsonNode i = e.getValue();
            List<String> addresses = new ArrayList<>();
            for (JsonNode a : i.path("interfaceAddress")) {
                add(addresses, a.path("primaryIp"));
                for (JsonNode secondary : a.path("secondaryIpsOrderedList")) {
                    add(addresses, secondary);
                }
            }
            out.add(new InterfaceState(e.getKey(), ParseSupport.intOr(i, "mtu", 0),
                    ParseSupport.text(i, "lineProtocolStatus").toUpperCase(java.util.Locale.ROOT),
                    !"disabled".equals(ParseSupport.text(i, "interfaceStatus")), addresses));
        }
        return List.copyOf(out);
    }

    private static void add(List<String> addresses, JsonNode ip) {
        String address = ParseSupport.text(ip, "address");
        int length = ParseSupport.intOr(ip, "maskLen", 0);
        if (!address.isEmpty() && !"0.0.0.0".equals(address)) {
            addresses.add(address + "/" + length);
        }
    }
}
