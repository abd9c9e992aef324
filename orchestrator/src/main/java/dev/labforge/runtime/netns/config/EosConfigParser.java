package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.runtime.netns.config.EosLines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the EOS startup-config subset that labforge renders into an {@link EosConfig} (the top level,
 * VLANs and interfaces here, {@code router bgp} in {@link EosBgpParser}): the syntax and
 * what each statement says, nothing about what it means for FRR. Anything outside the subset fails with
 * the line number and text ({@link EosLines#unsupported}), so a lab never runs with a silently different ToR.
 */
final class EosConfigParser {
    private static final Pattern ETHERNET = Pattern.compile("Ethernet(\\d+)(?:/(\\d+))?");
    private static final Pattern VLAN_IF = Pattern.compile("Vlan(\\d+)");
    private static final Pattern MANAGEMENT = Pattern.compile("Management\\d+(?:/\\d+)?");
    private static final String LOOPBACK = "Loopback0";

    private final EosLines lines;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Integer, VlanBuilder> vlans = new TreeMap<>();
    private final List<EosConfig.Port> ports = new ArrayList<>();
    private final EosBgpParser bgp = new EosBgpParser();
    private final List<String> loopbacks = new ArrayList<>();
    private final List<EosConfig.Route> routes = new ArrayList<>();
    private String hostname;
    private boolean ipRouting;
    private boolean ipv6Routing;
    private Line loopbackAt;

    private EosConfigParser(String config) {
        this.lines = new EosLines(config);
    }

    /** @throws NetnsConfigException naming the line for anything outside the subset */
    static EosConfig parse(String eosStartupConfig) {
        return new EosConfigParser(eosStartupConfig).run();
    }

    private EosConfig run() {
        boolean ended = false;
        while (lines.hasNext()) {
            Line l = lines.next();
            if (ended) {
                throw EosLines.error(l, "comes after `end`");
            }
            if (l.indent() > 0) {
                throw EosLines.error(l, "is indented but belongs to no section");
            }
            String[] w = l.words();
            switch (w[0]) {
                case "hostname" -> hostname = single(l, w, "hostname NAME");
                case "vlan" -> vlan(l, w);
                case "interface" -> iface(l, w);
                case "ip" -> {
                    if (w.length > 1 && w[1].equals("route")) {
                        route(l, w, false);
                    } else {
                        ipRouting = exactly(l, "ip routing", true);
                    }
                }
                case "ipv6" -> {
                    if (w.length > 1 && w[1].equals("route")) {
                        route(l, w, true);
                    } else {
                        ipv6Routing = exactly(l, "ipv6 unicast-routing", true);
                    }
                }
                case "no" -> ipRouting = exactly(l, "no ip routing", false);
                case "username" -> {
                    lines.body(l);
                    warnings.add("line " + l.number() + ": user accounts are not emulated (`username ...`)");
                }
                case "management" -> {
                    lines.body(l);
                    warnings.add("line " + l.number() + ": `" + l.text() + "` is management plane, not emulated");
                }
                case "service" -> exactly(l, "service routing protocols model multi-agent", true);
                case "router" -> bgp.routerBgp(l, w, lines.body(l));
                case "end" -> ended = true;
                default -> throw EosLines.unsupported(l);
            }
        }
        List<EosConfig.Vlan> vlanList = vlans.values().stream().map(VlanBuilder::build).toList();
        return new EosConfig(hostname, ipRouting, vlanList, ports, bgp.build(), warnings, ipv6Routing, loopbacks, routes);
    }

    private static boolean exactly(Line l, String text, boolean value) {
        if (!l.text().equals(text)) {
            throw EosLines.unsupported(l);
        }
        return value;
    }

    private void vlan(Line l, String[] w) {
        if (w.length != 2 || !w[1].matches("\\d{1,4}")) {
            throw EosLines.error(l, "expected `vlan ID` with one VLAN id");
        }
        VlanBuilder v = vlanOf(l, Integer.parseInt(w[1]));
        if (v.definedAt != null) {
            throw EosLines.error(l, "VLAN " + v.id + " is already defined on line " + v.definedAt.number());
        }
        v.definedAt = l;
        for (Line sub : lines.body(l)) {
            String[] s = sub.words();
            if (s[0].equals("name") && s.length >= 2) {
                v.name = sub.text().substring(5).strip();
            } else {
                throw EosLines.unsupported(sub);
            }
        }
    }

    private VlanBuilder vlanOf(Line l, int id) {
        if (id < 1 || id > 4094) {
            throw EosLines.error(l, "VLAN id " + id + " is outside 1..4094");
        }
        return vlans.computeIfAbsent(id, VlanBuilder::new);
    }

    private void iface(Line l, String[] w) {
        if (w.length != 2) {
            throw EosLines.error(l, "expected `interface NAME` with one interface");
        }
        String name = w[1];
        Matcher eth = ETHERNET.matcher(name);
        Matcher svi = VLAN_IF.matcher(name);
        if (MANAGEMENT.matcher(name).matches()) {
            lines.body(l);
            warnings.add("line " + l.number() + ": " + name + " is the management interface, not emulated");
        } else if (eth.matches()) {
            ethernet(l, name, eth.group(2) == null ? "eth" + eth.group(1) : "eth" + eth.group(1) + "_" + eth.group(2));
        } else if (svi.matches()) {
            sviInterface(l, vlanOf(l, Integer.parseInt(svi.group(1))));
        } else if (name.equals(LOOPBACK)) {
            loopback(l);
        } else {
            throw EosLines.error(l, "interface " + name + " is not emulated by the netns runtime (only EthernetN access ports,"
                    + " VlanN SVIs, Loopback0 and Management)");
        }
    }

    /** {@code interface Loopback0}: {@code ip address A/L [secondary]} and {@code ipv6 address A/L} lines. */
    private void loopback(Line l) {
        if (loopbackAt != null) {
            throw EosLines.error(l, "interface " + LOOPBACK + " is already configured on line " + loopbackAt.number());
        }
        loopbackAt = l;
        for (Line sub : lines.body(l)) {
            String[] s = sub.words();
            boolean v4 = s[0].equals("ip") && (s.length == 3 || s.length == 4 && s[3].equals("secondary"));
            boolean v6 = s[0].equals("ipv6") && s.length == 3;
            if ((v4 || v6) && s[1].equals("address")) {
                loopbacks.add(interfaceAddress(sub, s[2], v6));
            } else if (!sub.text().equals("no shutdown")) {
                throw EosLines.unsupported(sub);
            }
        }
    }

    /** {@code ip route P NH} / {@code ipv6 route P NH}: a prefix of that family via a next hop of it. */
    private void route(Line l, String[] w, boolean v6) {
        if (w.length != 4) {
            throw EosLines.error(l, "expected `" + (v6 ? "ipv6" : "ip") + " route PREFIX NEXTHOP`");
        }
        try {
            Cidr prefix = Cidr.parse(w[2]);
            Ip via = Ip.parse(w[3]);
            if (prefix.isIpv6() != v6 || via.family() != prefix.family()) {
                throw EosLines.error(l, (v6 ? "ipv6 route wants IPv6" : "ip route wants IPv4") + " prefix and next hop");
            }
            routes.add(new EosConfig.Route(prefix.toString(), via.toString(), l));
        } catch (IllegalArgumentException e) {
            throw EosLines.error(l, e.getMessage());
        }
    }

    /** An interface address of the family the keyword says ({@code ip} or {@code ipv6}). */
    private static String interfaceAddress(Line sub, String text, boolean v6) {
        try {
            Cidr c = Cidr.parseInterface(text);
            if (c.isIpv6() != v6) {
                throw EosLines.error(sub, text + " is not an " + (v6 ? "IPv6" : "IPv4") + " address");
            }
            return c.toString();
        } catch (IllegalArgumentException e) {
            throw EosLines.error(sub, e.getMessage());
        }
    }

    private void ethernet(Line l, String eos, String linux) {
        for (EosConfig.Port p : ports) {
            if (p.eos().equals(eos)) {
                throw EosLines.error(l, "interface " + eos + " is already configured on line " + p.at().number());
            }
        }
        int vlan = 0;
        int mtu = 0;
        String description = null;
        for (Line sub : lines.body(l)) {
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
                throw EosLines.unsupported(sub);
            }
        }
        ports.add(new EosConfig.Port(eos, linux, vlan, mtu, description, l));
    }

    private void sviInterface(Line l, VlanBuilder v) {
        if (v.sviAt != null) {
            throw EosLines.error(l, "interface Vlan" + v.id + " is already configured on line " + v.sviAt.number());
        }
        v.sviAt = l;
        for (Line sub : lines.body(l)) {
            String[] s = sub.words();
            String t = sub.text();
            if (t.equals("no shutdown")) {
                continue;
            }
            if (s.length == 3 && s[0].equals("ip") && s[1].equals("address")) {
                try {
                    Cidr c = Cidr.parseInterface(s[2]);
                    if (!c.hasHostBits() && c.prefixLength() < 31) {
                        throw EosLines.error(sub, s[2] + " is a network address, not an interface address");
                    }
                } catch (IllegalArgumentException e) {
                    throw EosLines.error(sub, e.getMessage());
                }
                v.svi = s[2];
            } else if (s.length == 3 && s[0].equals("ipv6") && s[1].equals("address")) {
                v.svi6 = interfaceAddress(sub, s[2], true);
            } else if (s[0].equals("mtu")) {
                v.sviMtu = mtu(sub, s);
            } else if (s[0].equals("description") && s.length >= 2) {
                v.sviDescription = t.substring("description".length()).strip();
            } else {
                throw EosLines.unsupported(sub);
            }
        }
    }

    private static int mtu(Line l, String[] s) {
        if (s.length != 2 || !s[1].matches("\\d{3,5}") || Integer.parseInt(s[1]) < 68 || Integer.parseInt(s[1]) > 65535) {
            throw EosLines.error(l, "expected `mtu N` with N in 68..65535");
        }
        return Integer.parseInt(s[1]);
    }

    static String single(Line l, String[] w, String form) {
        if (w.length != 2) {
            throw EosLines.error(l, "expected `" + form + "`");
        }
        return w[1];
    }

    private static final class VlanBuilder {
        final int id;
        String name;
        String svi;
        String svi6;
        String sviDescription;
        int sviMtu;
        Line definedAt;
        Line sviAt;

        VlanBuilder(int id) {
            this.id = id;
        }

        EosConfig.Vlan build() {
            return new EosConfig.Vlan(id, name, svi, sviDescription, sviMtu, definedAt, sviAt, svi6);
        }
    }
}
