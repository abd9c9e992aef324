package dev.labforge.probe.parse;

import dev.labforge.probe.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BIRD 1.6 {@code show route} (birdc text). Returns the primary route of each prefix (marked {@code *},
 * or {@code !} when the kernel refused it): the one BIRD exports. {@code protocol} is the BIRD protocol
 * instance (static1, Node_10_10_10_1, kernel1 ...). Multipath next hops on the following lines are collected.
 */
public final class BirdRouteParser {

    static final String WHAT = "BIRD 'show route' output";

    private static final Pattern REPLY_CODE = Pattern.compile("^\\d{4}(?:[ -]|$)");
    private static final Pattern READY = Pattern.compile("^BIRD .* ready\\.$");
    private static final Pattern ROUTE = Pattern.compile(
            "^(?:via (?<gw>\\S+) on (?<gwdev>\\S+)|dev (?<dev>\\S+)|(?<kind>blackhole|unreachable|prohibited|multipath))"
                    + "\\s+\\[(?<proto>\\S+)[^\\]]*\\](?<tail>.*)$");
    private static final Pattern NEXTHOP = Pattern.compile("^via (\\S+) on (\\S+)(?: weight \\d+)?$");

    private BirdRouteParser() {
    }

    public static List<RouteEntry> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ParseSupport.failure(WHAT, "the output is empty", text);
        }
        List<RouteEntry> out = new ArrayList<>();
        String prefix = null;
        Building primary = null;
        Building last = null;
        for (String raw : text.lines().toList()) {
            String line = REPLY_CODE.matcher(raw).find() ? raw.substring(Math.min(5, raw.length())) : raw;
            if (line.isBlank() || READY.matcher(line.strip()).matches()) {
                continue;
            }
            String body;
            if (Character.isWhitespace(line.charAt(0))) {
                if (prefix == null) {
                    throw ParseSupport.failure(WHAT, "continuation line before any prefix: '" + line.strip() + "'", text);
                }
                body = line.strip();
                Matcher nh = NEXTHOP.matcher(body);
                if (nh.matches() && last != null && last.multipath) {
                    last.gateways.add(nh.group(1));
                    if (last.device.isEmpty()) {
                        last.device = nh.group(2);
                    }
                    continue;
                }
            } else {
                if (primary != null) {
                    out.add(primary.build());
                }
                primary = null;
                String[] parts = line.split("\\s+", 2);
                prefix = parts[0];
                if (!prefix.contains("/") || parts.length < 2) {
                    throw ParseSupport.failure(WHAT, "unexpected line '" + line.strip() + "'", text);
                }
                body = parts[1].strip();
            }
            last = parseBody(prefix, body, text);
            if (last.primary && primary == null) {
                primary = last;
            }
        }
        if (primary != null) {
            out.add(primary.build());
        }
        return List.copyOf(out);
    }

    private static Building parseBody(String prefix, String body, String text) {
        Matcher m = ROUTE.matcher(body);
        if (!m.matches()) {
            throw ParseSupport.failure(WHAT, "cannot read route '" + prefix + " " + body + "'", text);
        }
        Building b = new Building(prefix, m.group("proto"));
        String tail = m.group("tail").strip();
        b.primary = tail.startsWith("*") || tail.startsWith("!");
        if (m.group("gw") != null) {
            b.gateways.add(m.group("gw"));
            b.device = m.group("gwdev");
        } else if (m.group("dev") != null) {
            b.device = m.group("dev");
        } else if ("multipath".equals(m.group("kind"))) {
            b.multipath = true;
        } else {
            b.type = m.group("kind");
        }
        return b;
    }

    private static final class Building {
        final String prefix;
        final String protocol;
        String type = "unicast";
        final List<String> gateways = new ArrayList<>();
        String device = "";
        boolean primary;
        boolean multipath;

        Building(String prefix, String protocol) {
            this.prefix = prefix;
            this.protocol = protocol;
        }

        RouteEntry build() {
            return new RouteEntry(prefix, type, protocol, List.copyOf(gateways), device);
        }
    }
}
