package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.config.EosLines.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The {@code router bgp} section of an EOS startup-config, read into {@link EosConfig.Bgp}: what each statement says. */
final class EosBgpParser {
    static final List<String> COMMUNITY_KINDS = List.of("standard", "extended", "large");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

    private final Map<String, GroupBuilder> groups = new LinkedHashMap<>();
    private final List<EosConfig.ListenRange> ranges = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> networks6 = new ArrayList<>();
    private Long asn;
    private String routerId;
    private Integer maxPaths;
    private Integer maxEcmp;
    private boolean logNeighborChanges;

    /** What was read; null when the config has no {@code router bgp}. */
    EosConfig.Bgp build() {
        return asn == null ? null : new EosConfig.Bgp(asn, routerId, maxPaths, maxEcmp, logNeighborChanges,
                groups.values().stream().map(GroupBuilder::build).toList(), ranges, networks, networks6);
    }

    /** {@code router bgp ASN} with its {@code body}. */
    void routerBgp(Line l, String[] w, List<Line> body) {
        if (w.length != 3 || !w[1].equals("bgp")) {
            throw EosLines.unsupported(l);
        }
        if (asn != null) {
            throw EosLines.error(l, "a second `router bgp` section");
        }
        asn = asNumber(l, w[2]);
        for (int i = 0; i < body.size(); i++) {
            Line sub = body.get(i);
            String[] s = sub.words();
            String t = sub.text();
            if (s[0].equals("address-family")) {
                boolean v6 = t.equals("address-family ipv6") || t.equals("address-family ipv6 unicast");
                if (!v6 && !t.equals("address-family ipv4") && !t.equals("address-family ipv4 unicast")) {
                    throw EosLines.error(sub, "only `address-family ipv4` and `address-family ipv6` are emulated by the netns runtime");
                }
                int j = i + 1;
                while (j < body.size() && body.get(j).indent() > sub.indent()) {
                    addressFamilyLine(body.get(j), v6);
                    j++;
                }
                i = j - 1;
            } else if (t.equals("exit")) {
                continue;
            } else if (s[0].equals("router-id")) {
                String id = EosConfigParser.single(sub, s, "router-id A.B.C.D");
                if (!Ipv4.isValid(id)) {
                    throw EosLines.error(sub, "'" + id + "' is not an IPv4 router id");
                }
                routerId = id;
            } else if (s[0].equals("maximum-paths")) {
                maximumPaths(sub, s);
            } else if (t.equals("bgp log-neighbor-changes")) {
                logNeighborChanges = true;
            } else if (s[0].equals("bgp") && s.length > 2 && s[1].equals("listen") && s[2].equals("range")) {
                listenRange(sub, s);
            } else if (s[0].equals("neighbor") && s.length >= 3) {
                neighbor(sub, s, false);
            } else {
                throw EosLines.unsupported(sub);
            }
        }
    }

    private void addressFamilyLine(Line l, boolean v6) {
        String[] s = l.words();
        if (s[0].equals("network") && s.length == 2) {
            try {
                if (Cidr.parse(s[1]).isIpv6() != v6) {
                    throw EosLines.error(l, "a network of the other family in address-family " + (v6 ? "ipv6" : "ipv4"));
                }
            } catch (IllegalArgumentException e) {
                throw EosLines.error(l, e.getMessage());
            }
            (v6 ? networks6 : networks).add(s[1]);
        } else if (v6 && s[0].equals("neighbor") && s.length == 3 && s[2].equals("activate")) {
            // address-family ipv6 says which groups carry IPv6; everything else of a group is said under router bgp
            groups.computeIfAbsent(s[1], n -> new GroupBuilder(n, l)).activate6 = true;
        } else if (!v6 && s[0].equals("neighbor") && s.length >= 3) {
            neighbor(l, s, true);
        } else if (!l.text().equals("exit")) {
            throw EosLines.unsupported(l);
        }
    }

    private void maximumPaths(Line l, String[] s) {
        // EOS: maximum-paths N [ecmp M]
        if (!(s.length == 2 || (s.length == 4 && s[2].equals("ecmp"))) || !s[1].matches("\\d{1,3}")
                || (s.length == 4 && !s[3].matches("\\d{1,3}"))) {
            throw EosLines.error(l, "expected `maximum-paths N [ecmp M]`");
        }
        maxPaths = Integer.parseInt(s[1]);
        maxEcmp = s.length == 4 ? Integer.valueOf(s[3]) : null;
        if (maxPaths < 1) {
            throw EosLines.error(l, "maximum-paths must be at least 1");
        }
    }

    private void listenRange(Line l, String[] s) {
        // bgp listen range PREFIX peer-group PG remote-as ASN
        if (s.length != 8 || !s[4].equals("peer-group") || !s[6].equals("remote-as")) {
            throw EosLines.error(l, "expected `bgp listen range PREFIX peer-group NAME remote-as ASN`"
                    + " (peer-id and peer-filter forms are not emulated by the netns runtime)");
        }
        try {
            Cidr.parse(s[3]);
        } catch (IllegalArgumentException e) {
            throw EosLines.error(l, e.getMessage());
        }
        ranges.add(new EosConfig.ListenRange(s[3], s[5], asNumber(l, s[7]), l));
    }

    private void neighbor(Line l, String[] s, boolean inAddressFamily) {
        String name = s[1];
        if (!WORD.matcher(name).matches()) {
            throw EosLines.error(l, "'" + name + "' is not a peer-group name");
        }
        String rest = l.text().substring("neighbor".length()).strip().substring(name.length()).strip();
        if (rest.equals("peer group") || rest.equals("peer-group")) {
            if (inAddressFamily) {
                throw EosLines.error(l, "peer groups are defined under `router bgp`, not in the address family");
            }
            if (Ipv4.isValid(name)) {
                throw EosLines.error(l, "'" + name + "' is an address, not a peer-group name");
            }
            GroupBuilder g = groups.get(name);
            if (g != null && g.definedAt != null) {
                throw EosLines.error(l, "peer group " + name + " is already defined on line " + g.definedAt.number());
            }
            // EOS accepts attributes before the definition; what was said of the group so far stays
            groups.computeIfAbsent(name, n -> new GroupBuilder(n, l)).definedAt = l;
            return;
        }
        GroupBuilder g = groups.computeIfAbsent(name, n -> new GroupBuilder(n, l));
        if (rest.equals("activate")) {
            g.activate = true;
        } else if (rest.equals("route-reflector-client")) {
            g.rrClient = true;
        } else if (rest.equals("next-hop-self")) {
            g.nextHopSelf = true;
        } else if (!inAddressFamily && rest.startsWith("remote-as ") && s.length == 4) {
            g.remoteAs = asNumber(l, s[3]);
        } else if (!inAddressFamily && (rest.equals("send-community") || rest.startsWith("send-community "))) {
            List<String> kinds = List.of(rest.substring("send-community".length()).strip().split("\\s+"));
            if (kinds.equals(List.of(""))) {
                kinds = COMMUNITY_KINDS;
            }
            for (String k : kinds) {
                if (!COMMUNITY_KINDS.contains(k)) {
                    throw EosLines.error(l, "expected `send-community [standard] [extended] [large]`");
                }
            }
            g.sendCommunity.addAll(kinds);
        } else if (!inAddressFamily && rest.startsWith("description ")) {
            g.description = rest.substring("description".length()).strip();
        } else {
            throw EosLines.unsupported(l);
        }
    }

    private static long asNumber(Line l, String text) {
        if (!text.matches("\\d{1,10}") || Long.parseLong(text) < 1 || Long.parseLong(text) > 4294967295L) {
            throw EosLines.error(l, "'" + text + "' is not an AS number (1..4294967295; asdot is not emulated)");
        }
        return Long.parseLong(text);
    }

    private static final class GroupBuilder {
        final String name;
        final Line firstUse;
        Line definedAt;
        Long remoteAs;
        String description;
        boolean rrClient;
        boolean nextHopSelf;
        boolean activate;
        boolean activate6;
        final Set<String> sendCommunity = new TreeSet<>();

        GroupBuilder(String name, Line firstUse) {
            this.name = name;
            this.firstUse = firstUse;
        }

        EosConfig.PeerGroup build() {
            return new EosConfig.PeerGroup(name, definedAt, firstUse, remoteAs, description, rrClient, nextHopSelf, activate,
                    Set.copyOf(sendCommunity), activate6);
        }
    }
}
