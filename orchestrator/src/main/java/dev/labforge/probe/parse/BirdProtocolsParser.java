package dev.labforge.probe.parse;

import dev.labforge.probe.BgpPeerState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BIRD 1.6 {@code show protocols} and {@code show protocols all} (birdc text; 4-digit reply codes of the
 * raw socket are stripped). Returns the BGP protocols only. The peer comes from "Neighbor address:" when
 * the output has details, otherwise from a Calico protocol name (Node_10_10_10_1, Global_..., Mesh_...).
 * The state is the BGP state word at the start of the info column; a protocol without one (disabled:
 * state "down") gets its protocol state capitalized ("Down"). The rest of the info column
 * (e.g. "Socket: Connection refused") goes into info.
 */
public final class BirdProtocolsParser {

    static final String WHAT = "BIRD 'show protocols' output";

    private static final Pattern REPLY_CODE = Pattern.compile("^\\d{4}(?:[ -]|$)");
    private static final Pattern CALICO_NAME = Pattern.compile("^(?:Node|Global|Mesh)_(\\d{1,3})_(\\d{1,3})_(\\d{1,3})_(\\d{1,3})(?:_.*)?$");
    private static final Pattern ROUTES = Pattern.compile("^Routes:\\s+(\\d+) imported");

    private BirdProtocolsParser() {
    }

    public static List<BgpPeerState> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ParseSupport.failure(WHAT, "the output is empty", text);
        }
        List<String> lines = text.lines().map(BirdProtocolsParser::stripCode).toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^name\\s+proto\\s+table\\s+state\\s+since\\s+info\\s*$")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw ParseSupport.failure(WHAT, "no 'name proto table state since info' header (is the BIRD control socket right?)", text);
        }
        List<BgpPeerState> out = new ArrayList<>();
        Row current = null;
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (current != null) {
                    current.detail(line.strip());
                }
                continue;
            }
            if (current != null && current.bgp()) {
                out.add(current.toState());
            }
            current = Row.of(line, text);
        }
        if (current != null && current.bgp()) {
            out.add(current.toState());
        }
        return List.copyOf(out);
    }

    private static String stripCode(String line) {
        return REPLY_CODE.matcher(line).find() ? line.substring(Math.min(5, line.length())) : line;
    }

    /** "Node_10_10_10_1" -> "10.10.10.1"; empty for other names. */
    public static String peerFromName(String protocol) {
        Matcher m = CALICO_NAME.matcher(protocol);
        return m.matches() ? m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4) : "";
    }

    private static final class Row {
        final String name;
        final String proto;
        final String protoState;
        final String info;
        String neighbor = "";
        long neighborAs = -1;
        int imported = -1;

        Row(String name, String proto, String protoState, String info) {
            this.name = name;
            this.proto = proto;
            this.protoState = protoState;
            this.info = info;
        }

        static Row of(String line, String text) {
            String[] cols = line.strip().split("\\s+", 6);
            if (cols.length < 5) {
                throw ParseSupport.failure(WHAT, "row '" + line.strip() + "' has fewer than 5 columns", text);
            }
            return new Row(cols[0], cols[1], cols[3], cols.length > 5 ? cols[5].strip() : "");
        }

        boolean bgp() {
            return "BGP".equals(proto);
        }

        void detail(String d) {
            if (d.startsWith("Neighbor address:")) {
                neighbor = d.substring("Neighbor address:".length()).strip();
            } else if (d.startsWith("Neighbor AS:")) {
                neighborAs = ParseSupport.asNumber(d.substring("Neighbor AS:".length()));
            } else {
                Matcher m = ROUTES.matcher(d);
                if (m.find()) {
                    imported = Integer.parseInt(m.group(1));
                }
            }
        }

        BgpPeerState toState() {
            String state;
            String rest;
            if (info.isEmpty()) {
                state = protoState.isEmpty() ? "" : Character.toUpperCase(protoState.charAt(0)) + protoState.substring(1);
                rest = "";
            } else {
                String[] parts = info.split("\\s+", 2);
                state = ParseSupport.normalizeState(parts[0]);
                rest = parts.length > 1 ? parts[1].strip() : "";
            }
            String peer = neighbor.isEmpty() ? peerFromName(name) : neighbor;
            return new BgpPeerState(peer, neighborAs, state, imported, rest, name);
        }
    }
}
