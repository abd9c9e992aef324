package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the EOS startup-config subset that labforge renders into an FRR setup that behaves like the cEOS ToR
 * (DESIGN.md 3.1, REFERENCE.md 6.4 and 7.2):
 * <ul>
 * <li>VLANs become Linux bridges {@code br<id>} carrying the SVI; {@code EthernetN} becomes port {@code ethN};</li>
 * <li>the peer-group is defined before the listen ranges (FRR silently drops listen ranges otherwise) and gets the
 *     listen range's remote-as (FRR listen ranges have none);</li>
 * <li>{@code next-hop-self} becomes {@code next-hop-self force}: EOS rewrites the next hop of reflected iBGP routes too;</li>
 * <li>{@code no bgp ebgp-requires-policy}: EOS exchanges eBGP routes without policies;</li>
 * <li>{@code maximum-paths 1} and {@code maximum-paths ibgp 1} unless the EOS config says otherwise: EOS keeps one best path;</li>
 * <li>{@code route-reflector-client} moves into the ipv4 address family;</li>
 * <li>communities are sent only where EOS has {@code send-community} (EOS sends none by default, FRR all).</li>
 * </ul>
 * Anything else fails with the line number and text, so that a lab never runs with a silently different ToR.
 */
public final class EosToFrr {
    private static final Pattern ETHERNET = Pattern.compile("Ethernet(\\d+)(?:/(\\d+))?");
    private static final Pattern VLAN_IF = Pattern.compile("Vlan(\\d+)");
    private static final Pattern MANAGEMENT = Pattern.compile("Management\\d+(?:/\\d+)?");
    private static final List<String> COMMUNITY_KINDS = List.of("standard", "extended", "large");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

    private EosToFrr() {
    }

    /**
     * Translates the subset of EOS config we render into an equivalent FRR setup.
     *
     * @throws NetnsConfigException naming the line for anything outside the subset or inconsistent
     */
    public static RouterSetup translate(String eosStartupConfig) {
        return new Translation(eosStartupConfig).run();
    }

    private record Line(int number, int indent, String text) {
        String[] words() {
            return text.split("\\s+");
        }
    }

    private static final class Vlan {
        final int id;
        String name;
        String svi;
        String sviDescription;
        int sviMtu;
        Line definedAt;
        Line sviAt;

        Vlan(int id) {
            this.id = id;
        }
    }

    private record Port(String eos, String linux, int vlan, int mtu, String description, Line at) {
    }

    private static final class PeerGroup {
        final String name;
        final Line definedAt;
        Long remoteAs;
        String description;
        boolean rrClient;
        boolean nextHopSelf;
        boolean activate;
        /** Community kinds EOS sends to this group: none unless `send-community` says so. */
        final java.util.Set<String> sendCommunity = new java.util.TreeSet<>();

        PeerGroup(String name, Line definedAt) {
            this.name = name;
            this.definedAt = definedAt;
        }
    }

    private record ListenRange(String prefix, String group, long remoteAs, Line at) {
    }

    private static final class Translation {
        private final List<Line> lines = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<Integer, Vlan> vlans = new TreeMap<>();
        private final List<Port> ports = new ArrayList<>();
        private final Map<String, PeerGroup> groups = new LinkedHashMap<>();
        private final List<ListenRange> ranges = new ArrayList<>();
        private final List<String> networks = new ArrayList<>();
        private String hostname;
        private boolean ipRouting;
        private Long asn;
        private String routerId;
        private Integer maxPaths;
        private Integer maxEcmp;
        private boolean logNeighborChanges;
        private int pos;

        Translation(String config) {
            String[] raw = config.split("\r?\n", -1);
            for (int i = 0; i < raw.length; i++) {
                String l = raw[i].stripTrailing();
                String text = l.strip();
                if (text.isEmpty() || text.startsWith("!")) {
                    continue;
                }
                int indent = 0;
                while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                    indent++;
                }
                lines.add(new Line(i + 1, indent, text));
            }
        }

        RouterSetup run() {
            boolean ended = false;
            while (pos < lines.size()) {
                Line l = lines.get(pos++);
                if (ended) {
                    throw error(l, "comes after `end`");
                }
                if (l.indent() > 0) {
                    throw error(l, "is indented but belongs to no section");
                }
                String[] w = l.words();
                switch (w[0]) {
                    case "hostname" -> hostname = single(l, w, "hostname NAME");
                    case "vlan" -> vlan(l, w);
                    case "interface" -> iface(l, w);
                    case "ip" -> {
                        if (!l.text().equals("ip routing")) {
                            throw unsupported(l);
                        }
                        ipRouting = true;
                    }
                    case "no" -> {
                        if (!l.text().equals("no ip routing")) {
                            throw unsupported(l);
                        }
                        ipRouting = false;
                    }
                    case "username" -> {
                        skipBody(l);
                        warnings.add("line " + l.number() + ": user accounts are not emulated (`username ...`)");
                    }
                    case "management" -> {
                        skipBody(l);
                        warnings.add("line " + l.number() + ": `" + l.text() + "` is management plane, not emulated");
                    }
                    case "service" -> {
                        if (!l.text().equals("service routing protocols model multi-agent")) {
                            throw unsupported(l);
                        }
                    }
                    case "router" -> routerBgp(l, w);
                    case "end" -> ended = true;
                    default -> throw unsupported(l);
                }
            }
            return build();
        }

        private void vlan(Line l, String[] w) {
            if (w.length != 2 || !w[1].matches("\\d{1,4}")) {
                throw error(l, "expected `vlan ID` with one VLAN id");
            }
            Vlan v = vlanOf(l, Integer.parseInt(w[1]));
            if (v.definedAt != null) {
                throw error(l, "VLAN " + v.id + " is already defined on line " + v.definedAt.number());
            }
            v.definedAt = l;
            for (Line sub : body(l)) {
                String[] s = sub.words();
                if (s[0].equals("name") && s.length >= 2) {
                    v.name = sub.text().substring(5).strip();
                } else {
                    throw unsupported(sub);
                }
            }
        }

        private Vlan vlanOf(Line l, int id) {
            if (id < 1 || id > 4094) {
                throw error(l, "VLAN id " + id + " is outside 1..4094");
            }
            return vlans.computeIfAbsent(id, Vlan::new);
        }

        private void iface(Line l, String[] w) {
            if (w.length != 2) {
                throw error(l, "expected `interface NAME` with one interface");
            }
            String name = w[1];
            Matcher eth = ETHERNET.matcher(name);
            Matcher svi = VLAN_IF.matcher(name);
            if (MANAGEMENT.matcher(name).matches()) {
                skipBody(l);
                warnings.add("line " + l.number() + ": " + name + " is the management interface, not emulated");
            } else if (eth.matches()) {
                ethernet(l, name, eth.group(2) == null ? "eth" + eth.group(1) : "eth" + eth.group(1) + "_" + eth.group(2));
            } else if (svi.matches()) {
                sviInterface(l, vlanOf(l, Integer.parseInt(svi.group(1))));
            } else {
                throw error(l, "interface " + name + " is not emulated by the netns runtime (only EthernetN access ports,"
                        + " VlanN SVIs and Management)");
            }
        }

        private void ethernet(Line l, String eos, String linux) {
            for (Port p : ports) {
                if (p.eos().equals(eos)) {
                    throw error(l, "interface " + eos + " is already configured on line " + p.at().number());
                }
            }
            int vlan = 0;
            int mtu = 0;
            String description = null;
            for (Line sub : body(l)) {
                String[] s = sub.words();
                String t = sub.text();
                if (t.equals("switchport mode access") || t.equals("no shutdown") || t.equals("switchport")) {
                    continue;
                }
                if (s.length == 4 && t.startsWith("switchport access vlan ") && s[3].matches("\\d{1,4}")) {
                    vlan = Integer.parseInt(s[3]);
                } else if (s[0].equals("mtu")) {
                    mtu = mtu(sub, s);
                } else if (s[0].equals("description") && s.length >= 2) {
                    description = t.substring("description".length()).strip();
                } else {
                    throw unsupported(sub);
                }
            }
            ports.add(new Port(eos, linux, vlan, mtu, description, l));
        }

        private void sviInterface(Line l, Vlan v) {
            if (v.sviAt != null) {
                throw error(l, "interface Vlan" + v.id + " is already configured on line " + v.sviAt.number());
            }
            v.sviAt = l;
            for (Line sub : body(l)) {
                String[] s = sub.words();
                String t = sub.text();
                if (t.equals("no shutdown")) {
                    continue;
                }
                if (s.length == 3 && s[0].equals("ip") && s[1].equals("address")) {
                    try {
                        Cidr c = Cidr.parseInterface(s[2]);
                        if (!c.hasHostBits() && c.prefixLength() < 31) {
                            throw error(sub, s[2] + " is a network address, not an interface address");
                        }
                    } catch (IllegalArgumentException e) {
                        throw error(sub, e.getMessage());
                    }
                    v.svi = s[2];
                } else if (s[0].equals("mtu")) {
                    v.sviMtu = mtu(sub, s);
                } else if (s[0].equals("description") && s.length >= 2) {
                    v.sviDescription = t.substring("description".length()).strip();
                } else {
                    throw unsupported(sub);
                }
            }
        }

        private int mtu(Line l, String[] s) {
            if (s.length != 2 || !s[1].matches("\\d{3,5}") || Integer.parseInt(s[1]) < 68 || Integer.parseInt(s[1]) > 65535) {
                throw error(l, "expected `mtu N` with N in 68..65535");
            }
            return Integer.parseInt(s[1]);
        }

        private void routerBgp(Line l, String[] w) {
            if (w.length != 3 || !w[1].equals("bgp")) {
                throw unsupported(l);
            }
            if (asn != null) {
                throw error(l, "a second `router bgp` section");
            }
            asn = asNumber(l, w[2]);
            List<Line> body = body(l);
            for (int i = 0; i < body.size(); i++) {
                Line sub = body.get(i);
                String[] s = sub.words();
                String t = sub.text();
                if (s[0].equals("address-family")) {
                    if (!t.equals("address-family ipv4") && !t.equals("address-family ipv4 unicast")) {
                        throw error(sub, "only `address-family ipv4` is emulated by the netns runtime");
                    }
                    int j = i + 1;
                    while (j < body.size() && body.get(j).indent() > sub.indent()) {
                        addressFamilyLine(body.get(j));
                        j++;
                    }
                    i = j - 1;
                } else if (t.equals("exit")) {
                    continue;
                } else if (s[0].equals("router-id")) {
                    String id = single(sub, s, "router-id A.B.C.D");
                    if (!Ipv4.isValid(id)) {
                        throw error(sub, "'" + id + "' is not an IPv4 router id");
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
                    throw unsupported(sub);
                }
            }
        }

        private void addressFamilyLine(Line l) {
            String[] s = l.words();
            if (s[0].equals("network") && s.length == 2) {
                try {
                    Cidr.parse(s[1]);
                } catch (IllegalArgumentException e) {
                    throw error(l, e.getMessage());
                }
                networks.add(s[1]);
            } else if (s[0].equals("neighbor") && s.length >= 3) {
                neighbor(l, s, true);
            } else if (l.text().equals("exit")) {
                return;
            } else {
                throw unsupported(l);
            }
        }

        private void maximumPaths(Line l, String[] s) {
            // EOS: maximum-paths N [ecmp M]
            if (!(s.length == 2 || (s.length == 4 && s[2].equals("ecmp"))) || !s[1].matches("\\d{1,3}")
                    || (s.length == 4 && !s[3].matches("\\d{1,3}"))) {
                throw error(l, "expected `maximum-paths N [ecmp M]`");
            }
            maxPaths = Integer.parseInt(s[1]);
            maxEcmp = s.length == 4 ? Integer.valueOf(s[3]) : null;
            if (maxPaths < 1) {
                throw error(l, "maximum-paths must be at least 1");
            }
        }

        private void listenRange(Line l, String[] s) {
            // bgp listen range PREFIX peer-group PG remote-as ASN
            if (s.length != 8 || !s[4].equals("peer-group") || !s[6].equals("remote-as")) {
                throw error(l, "expected `bgp listen range PREFIX peer-group NAME remote-as ASN`"
                        + " (peer-id and peer-filter forms are not emulated by the netns runtime)");
            }
            try {
                Cidr.parse(s[3]);
            } catch (IllegalArgumentException e) {
                throw error(l, e.getMessage());
            }
            ranges.add(new ListenRange(s[3], s[5], asNumber(l, s[7]), l));
        }

        private void neighbor(Line l, String[] s, boolean inAddressFamily) {
            String name = s[1];
            if (!WORD.matcher(name).matches()) {
                throw error(l, "'" + name + "' is not a peer-group name");
            }
            String rest = l.text().substring("neighbor".length()).strip().substring(name.length()).strip();
            if (rest.equals("peer group") || rest.equals("peer-group")) {
                if (inAddressFamily) {
                    throw error(l, "peer groups are defined under `router bgp`, not in the address family");
                }
                if (Ipv4.isValid(name)) {
                    throw error(l, "'" + name + "' is an address, not a peer-group name");
                }
                if (groups.containsKey(name)) {
                    throw error(l, "peer group " + name + " is already defined on line " + groups.get(name).definedAt.number());
                }
                groups.put(name, new PeerGroup(name, l));
                return;
            }
            PeerGroup g = groups.get(name);
            if (g == null) {
                // EOS accepts attributes before the definition; keep that order-independence.
                g = pendingGroup(name, l);
            }
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
                        throw error(l, "expected `send-community [standard] [extended] [large]`");
                    }
                }
                g.sendCommunity.addAll(kinds);
            } else if (!inAddressFamily && rest.startsWith("description ")) {
                g.description = rest.substring("description".length()).strip();
            } else {
                throw unsupported(l);
            }
        }

        private final Map<String, Line> pendingUse = new LinkedHashMap<>();

        private PeerGroup pendingGroup(String name, Line l) {
            pendingUse.putIfAbsent(name, l);
            PeerGroup g = new PeerGroup(name, null);
            groups.put(name, g);
            return g;
        }

        private RouterSetup build() {
            if (hostname == null) {
                hostname = "tor";
                warnings.add("no hostname: using 'tor'");
            }
            for (Map.Entry<String, Line> e : pendingUse.entrySet()) {
                if (groups.get(e.getKey()).definedAt == null) {
                    throw error(e.getValue(), "peer group " + e.getKey() + " is used but never defined with `neighbor "
                            + e.getKey() + " peer group` (static neighbors are not emulated by the netns runtime)");
                }
            }
            List<VlanSetup> vlanSetups = vlanSetups();
            if (asn != null) {
                for (ListenRange r : ranges) {
                    PeerGroup g = groups.get(r.group());
                    if (g == null || g.definedAt == null) {
                        throw error(r.at(), "peer group " + r.group() + " is not defined (add `neighbor " + r.group()
                                + " peer group`)");
                    }
                    if (g.remoteAs != null && g.remoteAs != r.remoteAs()) {
                        throw error(r.at(), "remote-as " + r.remoteAs() + " differs from peer group " + g.name + "'s remote-as "
                                + g.remoteAs + "; FRR has one remote-as per peer group, so this is not emulated by the netns runtime");
                    }
                    g.remoteAs = r.remoteAs();
                }
                for (PeerGroup g : groups.values()) {
                    if (g.remoteAs == null) {
                        throw error(g.definedAt, "peer group " + g.name + " has no remote-as (neither `neighbor " + g.name
                                + " remote-as ASN` nor a listen range)");
                    }
                }
                if (routerId == null) {
                    warnings.add("router bgp " + asn + " has no router-id: FRR picks the highest interface address");
                }
            }
            if (!ipRouting) {
                warnings.add("no `ip routing`: EOS would not route between VLANs; FRR gets `no ip forwarding`");
            }
            return new RouterSetup(vlanSetups, frrConf(vlanSetups), warnings);
        }

        private List<VlanSetup> vlanSetups() {
            List<VlanSetup> out = new ArrayList<>();
            for (Vlan v : vlans.values()) {
                if (v.definedAt == null) {
                    Line at = v.sviAt;
                    throw error(at, "interface Vlan" + v.id + " has no `vlan " + v.id + "` definition");
                }
            }
            for (Port p : ports) {
                if (p.vlan() == 0) {
                    warnings.add("line " + p.at().number() + ": " + p.eos() + " has no `switchport access vlan`: it stays in"
                            + " the default VLAN 1, which the netns runtime leaves unconnected");
                    continue;
                }
                if (!vlans.containsKey(p.vlan()) || vlans.get(p.vlan()).definedAt == null) {
                    throw error(p.at(), p.eos() + " is an access port of VLAN " + p.vlan() + ", which has no `vlan "
                            + p.vlan() + "` definition");
                }
            }
            for (Vlan v : vlans.values()) {
                List<String> members = new ArrayList<>();
                List<Integer> portMtus = new ArrayList<>();
                for (Port p : ports) {
                    if (p.vlan() == v.id) {
                        members.add(p.linux());
                        if (p.mtu() > 0) {
                            portMtus.add(p.mtu());
                        }
                    }
                }
                int mtu = v.sviMtu;
                if (mtu == 0 && !portMtus.isEmpty()) {
                    mtu = portMtus.stream().min(Integer::compare).orElseThrow();
                }
                for (Port p : ports) {
                    if (p.vlan() == v.id && p.mtu() > 0 && p.mtu() != mtu) {
                        warnings.add("line " + p.at().number() + ": " + p.eos() + " mtu " + p.mtu() + " differs from VLAN "
                                + v.id + "'s " + mtu + "; the netns runtime uses one MTU per VLAN bridge");
                    }
                }
                if (members.isEmpty()) {
                    warnings.add("VLAN " + v.id + " has no access ports");
                }
                out.add(new VlanSetup(v.id, v.svi, mtu, members));
            }
            return out;
        }

        private String frrConf(List<VlanSetup> vlanSetups) {
            StringBuilder b = new StringBuilder();
            b.append("! FRR configuration emulating the cEOS ToR ").append(hostname)
                    .append(" (translated from its EOS startup-config by labforge)\n")
                    .append("frr defaults traditional\n")
                    .append("hostname ").append(hostname).append('\n')
                    .append(ipRouting ? "ip forwarding\n" : "no ip forwarding\n")
                    .append("!\n");
            for (VlanSetup v : vlanSetups) {
                Vlan src = vlans.get(v.id());
                b.append("interface ").append(v.bridge()).append('\n');
                String d = src.sviDescription != null ? src.sviDescription : src.name;
                if (d != null) {
                    b.append(" description ").append(d).append('\n');
                }
                b.append(" ! the SVI address ").append(v.sviCidr() == null ? "(none)" : v.sviCidr())
                        .append(" and ports are set up by the netns runtime\n");
                b.append("exit\n!\n");
            }
            if (asn != null) {
                b.append("router bgp ").append(asn).append('\n');
                if (routerId != null) {
                    b.append(" bgp router-id ").append(routerId).append('\n');
                }
                if (logNeighborChanges) {
                    b.append(" bgp log-neighbor-changes\n");
                }
                b.append(" ! EOS exchanges eBGP routes without policies\n")
                        .append(" no bgp ebgp-requires-policy\n");
                // FRR batches updates to new peers for 1 s by default; a lab converges faster without the wait.
                b.append(" coalesce-time 50\n");
                // peer groups before the listen ranges, or FRR drops the ranges
                for (PeerGroup g : groups.values()) {
                    b.append(" neighbor ").append(g.name).append(" peer-group\n");
                    b.append(" neighbor ").append(g.name).append(" remote-as ").append(g.remoteAs).append('\n');
                    if (g.description != null) {
                        b.append(" neighbor ").append(g.name).append(" description ").append(g.description).append('\n');
                    }
                }
                for (ListenRange r : ranges) {
                    b.append(" bgp listen range ").append(r.prefix()).append(" peer-group ").append(r.group()).append('\n');
                }
                b.append(" !\n address-family ipv4 unicast\n");
                for (String n : networks) {
                    b.append("  network ").append(n).append('\n');
                }
                for (PeerGroup g : groups.values()) {
                    if (g.activate) {
                        b.append("  neighbor ").append(g.name).append(" activate\n");
                    }
                    if (g.rrClient) {
                        b.append("  neighbor ").append(g.name).append(" route-reflector-client\n");
                    }
                    if (g.sendCommunity.isEmpty()) {
                        b.append("  ! EOS sends no communities unless told to\n");
                        b.append("  no neighbor ").append(g.name).append(" send-community all\n");
                    } else {
                        for (String kind : COMMUNITY_KINDS) {
                            if (!g.sendCommunity.contains(kind)) {
                                b.append("  no neighbor ").append(g.name).append(" send-community ").append(kind).append('\n');
                            }
                        }
                    }
                    if (g.nextHopSelf) {
                        b.append("  ! EOS rewrites the next hop of reflected routes too\n");
                        b.append("  neighbor ").append(g.name).append(" next-hop-self force\n");
                    }
                }
                int paths = maxPaths == null ? 1 : maxPaths;
                if (maxEcmp != null && maxEcmp < paths) {
                    paths = maxEcmp;
                }
                b.append("  ! EOS installs ").append(paths == 1 ? "one best path" : "up to " + paths + " paths")
                        .append(maxPaths == null ? " by default\n" : "\n");
                b.append("  maximum-paths ").append(paths).append('\n');
                b.append("  maximum-paths ibgp ").append(paths).append('\n');
                b.append(" exit-address-family\n");
                b.append("exit\n!\n");
            }
            b.append("end\n");
            return b.toString();
        }

        /** The indented lines under {@code head}; consumes them. */
        private List<Line> body(Line head) {
            List<Line> out = new ArrayList<>();
            while (pos < lines.size() && lines.get(pos).indent() > head.indent()) {
                out.add(lines.get(pos++));
            }
            return out;
        }

        private void skipBody(Line head) {
            body(head);
        }

        private static long asNumber(Line l, String text) {
            if (!text.matches("\\d{1,10}") || Long.parseLong(text) < 1 || Long.parseLong(text) > 4294967295L) {
                throw error(l, "'" + text + "' is not an AS number (1..4294967295; asdot is not emulated)");
            }
            return Long.parseLong(text);
        }

        private static String single(Line l, String[] w, String form) {
            if (w.length != 2) {
                throw error(l, "expected `" + form + "`");
            }
            return w[1];
        }

        private static NetnsConfigException unsupported(Line l) {
            return new NetnsConfigException("EOS config line " + l.number() + ": `" + l.text()
                    + "` is not emulated by the netns runtime (EOS-to-FRR translation knows only the subset labforge renders);"
                    + " remove it or use --runtime clab");
        }

        private static NetnsConfigException error(Line l, String what) {
            return new NetnsConfigException("EOS config line " + l.number() + ": `" + l.text() + "`: " + what);
        }
    }
}
