package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.config.RouterSetup.RouteSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Linux ToR as its topology {@code exec} lines build it: VLAN bridges ({@code ip link add br10 type
 * bridge}), ports enslaved and sized ({@code ip link set [dev] eth1 master br10 | mtu 9124 | up}), one SVI
 * address per bridge ({@code ip addr add 10.10.10.1/24 dev br10}), static routes ({@code ip route add
 * 10.20.0.0/16 via 10.10.10.254 [dev br10]}) and forwarding ({@code sysctl -w net.ipv4.ip_forward=1}).
 * Anything else is refused naming the line, so that the namespace never runs a different router.
 */
public final class ExecLineRouter {
    private static final Pattern BRIDGE = Pattern.compile("br(\\d{1,4})");
    private static final Pattern PORT = Pattern.compile("eth\\d+(?:_\\d+)?");
    private static final List<String> FORWARDING = List.of("net.ipv4.ip_forward=1", "net.ipv4.conf.all.forwarding=1",
            "net.ipv6.conf.all.forwarding=1");

    private final String label;
    private final Map<String, Bridge> bridges = new LinkedHashMap<>();
    private final Map<String, Integer> portMtu = new LinkedHashMap<>();
    private final Map<String, String> portBridge = new LinkedHashMap<>();
    private final List<RouteSetup> routes = new ArrayList<>();
    private final List<String> loopbacks = new ArrayList<>();

    private ExecLineRouter(String label) {
        this.label = label;
    }

    /** The parsed router; {@code loopbacks} are the addresses put on {@code lo}. */
    public record Parsed(List<VlanSetup> vlans, List<RouteSetup> routes, List<String> warnings, List<String> loopbacks) {
    }

    /**
     * Parses the exec lines of a ToR node.
     *
     * @param label names the router in errors, e.g. "FRR ToR"
     * @throws NetnsConfigException naming the exec line for anything it does not emulate
     */
    public static Parsed parse(List<String> execLines, String label) {
        ExecLineRouter r = new ExecLineRouter(label);
        for (int i = 0; i < execLines.size(); i++) {
            r.line(new Exec(label, i + 1, execLines.get(i).strip()));
        }
        return r.result();
    }

    private void line(Exec e) {
        String[] w = e.text().split("\\s+");
        if (w[0].equals("sysctl")) {
            sysctl(e, List.of(w).subList(1, w.length));
            return;
        }
        if (!w[0].equals("ip")) {
            throw e.error("only `ip` commands (and `sysctl -w net.ipv4.ip_forward=1`) are run in the netns runtime");
        }
        List<String> args = new ArrayList<>(List.of(w).subList(1, w.length));
        if (!args.isEmpty() && args.get(0).equals("-6")) {
            args.remove(0); // every address of the line says its family
        }
        String object = args.isEmpty() ? "" : args.get(0);
        String verb = args.size() < 2 ? "" : args.get(1);
        if ((object.equals("link") || object.equals("l")) && verb.equals("add")) {
            // ip link add brN type bridge
            if (args.size() != 5 || !args.get(3).equals("type") || !args.get(4).equals("bridge")) {
                throw e.error("only `ip link add br<vlan> type bridge` creates links here");
            }
            String name = args.get(2);
            bridges.putIfAbsent(bridgeName(e, name), new Bridge(name, vlanId(e, name)));
        } else if ((object.equals("link") || object.equals("l")) && verb.equals("set")) {
            linkSet(e, args.subList(2, args.size()));
        } else if (isAddr(object) && verb.equals("add")) {
            addrAdd(e, args.subList(2, args.size()));
        } else if ((object.equals("route") || object.equals("r")) && verb.equals("add")) {
            routeAdd(e, args.subList(2, args.size()));
        } else {
            throw e.error("not emulated by the netns runtime (it runs `ip link add br<vlan> type bridge`,"
                    + " `ip link set [dev] IF master|mtu|up`, `ip addr add CIDR dev br<vlan>`,"
                    + " `ip route add CIDR via ADDR [dev IF]`)");
        }
    }

    private void sysctl(Exec e, List<String> args) {
        List<String> a = args.isEmpty() || !args.get(0).equals("-w") ? args : args.subList(1, args.size());
        if (a.size() != 1 || !FORWARDING.contains(a.get(0).replace(" ", ""))) {
            throw e.error("only `sysctl -w net.ipv4.ip_forward=1` is emulated (the router namespace forwards anyway)");
        }
    }

    private void linkSet(Exec e, List<String> args) {
        List<String> a = new ArrayList<>(args);
        if (!a.isEmpty() && a.get(0).equals("dev")) {
            a.remove(0);
        }
        if (a.isEmpty()) {
            throw e.error("no interface given");
        }
        String dev = a.remove(0);
        boolean isBridge = BRIDGE.matcher(dev).matches();
        if (!isBridge && !PORT.matcher(dev).matches()) {
            throw e.error("'" + dev + "' is neither a VLAN bridge br<vlan> nor a port eth<N>");
        }
        if (isBridge && !bridges.containsKey(dev)) {
            throw e.error(dev + " is used before `ip link add " + dev + " type bridge`");
        }
        while (!a.isEmpty()) {
            String opt = a.remove(0);
            switch (opt) {
                case "up" -> { }
                case "master" -> {
                    if (isBridge || a.isEmpty()) {
                        throw e.error("expected `ip link set [dev] eth<N> master br<vlan>`");
                    }
                    String master = a.remove(0);
                    if (!bridges.containsKey(master)) {
                        throw e.error(master + " is used before `ip link add " + master + " type bridge`");
                    }
                    String before = portBridge.put(dev, master);
                    if (before != null && !before.equals(master)) {
                        throw e.error(dev + " is already a port of " + before);
                    }
                }
                case "mtu" -> {
                    if (a.isEmpty() || !a.get(0).matches("\\d{2,5}")) {
                        throw e.error("expected `mtu N`");
                    }
                    int mtu = Integer.parseInt(a.remove(0));
                    if (mtu < 68 || mtu > 65535) {
                        throw e.error("mtu " + mtu + " is outside 68..65535");
                    }
                    if (isBridge) {
                        bridges.get(dev).mtu = mtu;
                    } else {
                        portMtu.put(dev, mtu);
                    }
                }
                default -> throw e.error("`" + opt + "` is not emulated by the netns runtime (only master, mtu, up)");
            }
        }
    }

    private void addrAdd(Exec e, List<String> args) {
        // ip addr add CIDR dev IF | ip addr add dev IF CIDR, IPv6 also with nodad
        if (!args.isEmpty() && args.get(args.size() - 1).equals("nodad")) {
            args = args.subList(0, args.size() - 1);
        }
        String cidr;
        String dev;
        if (args.size() == 3 && args.get(1).equals("dev")) {
            cidr = args.get(0);
            dev = args.get(2);
        } else if (args.size() == 3 && args.get(0).equals("dev")) {
            dev = args.get(1);
            cidr = args.get(2);
        } else {
            throw e.error("expected `ip addr add CIDR dev br<vlan>`");
        }
        boolean v6;
        try {
            v6 = Cidr.parseInterface(cidr).isIpv6();
        } catch (IllegalArgumentException ex) {
            throw e.error(ex.getMessage());
        }
        if (dev.equals("lo")) {
            loopbacks.add(cidr);
            return;
        }
        Bridge b = bridges.get(dev);
        if (b == null) {
            throw e.error(BRIDGE.matcher(dev).matches() ? dev + " is used before `ip link add " + dev + " type bridge`"
                    : "addresses on ports are not emulated by the netns runtime: put " + dev
                            + " into a VLAN bridge (ip link add br<vlan> type bridge; ip link set " + dev
                            + " master br<vlan>) and address the bridge");
        }
        if (v6) {
            if (b.svi6 != null) {
                throw e.error(dev + " already has " + b.svi6 + "; one IPv6 SVI address per VLAN is emulated");
            }
            b.svi6 = cidr;
            return;
        }
        if (b.svi != null) {
            throw e.error(dev + " already has " + b.svi + "; one SVI address per VLAN is emulated");
        }
        b.svi = cidr;
    }

    private void routeAdd(Exec e, List<String> args) {
        // ip route add CIDR via ADDR [dev IF]
        if ((args.size() != 3 && args.size() != 5) || !args.get(1).equals("via") || args.size() == 5 && !args.get(3).equals("dev")) {
            throw e.error("expected `ip route add CIDR via ADDR [dev IF]`");
        }
        String prefix;
        try {
            prefix = Cidr.parse(args.get(0)).toString();
        } catch (IllegalArgumentException ex) {
            throw e.error(ex.getMessage());
        }
        boolean v6 = prefix.indexOf(':') >= 0;
        if (v6 ? !(Ip.isValid(args.get(2)) && args.get(2).indexOf(':') >= 0) : !Ipv4.isValid(args.get(2))) {
            throw e.error("'" + args.get(2) + "' is not an " + (v6 ? "IPv6" : "IPv4") + " gateway address");
        }
        String dev = args.size() == 5 ? args.get(4) : null;
        if (dev != null && !bridges.containsKey(dev) && !PORT.matcher(dev).matches()) {
            throw e.error("'" + dev + "' is neither a VLAN bridge made before this line nor a port eth<N>");
        }
        routes.add(new RouteSetup(prefix, v6 ? Ip.canonical(args.get(2)) : Ipv4.format(Ipv4.parse(args.get(2))),
                dev));
    }

    private Parsed result() {
        List<VlanSetup> vlans = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Bridge b : bridges.values()) {
            List<String> ports = new ArrayList<>();
            int minPort = 0;
            for (Map.Entry<String, String> pb : portBridge.entrySet()) {
                if (pb.getValue().equals(b.name)) {
                    ports.add(pb.getKey());
                    Integer m = portMtu.get(pb.getKey());
                    if (m != null && (minPort == 0 || m < minPort)) {
                        minPort = m;
                    }
                }
            }
            int mtu = b.mtu > 0 ? b.mtu : minPort;
            for (String p : ports) {
                Integer m = portMtu.get(p);
                if (m != null && m != mtu) {
                    warnings.add(p + " mtu " + m + " differs from " + b.name + "'s " + mtu
                            + "; the netns runtime uses one MTU per VLAN bridge");
                }
            }
            if (ports.isEmpty()) {
                warnings.add(b.name + " has no ports");
            }
            vlans.add(new VlanSetup(b.vlan, b.svi, mtu, ports, b.svi6));
        }
        return new Parsed(vlans, routes, warnings, loopbacks);
    }

    private static boolean isAddr(String s) {
        return s.equals("addr") || s.equals("address") || s.equals("a");
    }

    private static String bridgeName(Exec e, String name) {
        if (!BRIDGE.matcher(name).matches()) {
            throw e.error("bridge '" + name + "' must be named br<vlan id> (e.g. br10)");
        }
        return name;
    }

    private static int vlanId(Exec e, String name) {
        int id = Integer.parseInt(name.substring(2));
        if (id < 1 || id > 4094) {
            throw e.error("VLAN id " + id + " of " + name + " is outside 1..4094");
        }
        return id;
    }

    private static final class Bridge {
        final String name;
        final int vlan;
        int mtu;
        String svi;
        String svi6;

        Bridge(String name, int vlan) {
            this.name = name;
            this.vlan = vlan;
        }
    }

    private record Exec(String label, int number, String text) {
        NetnsConfigException error(String what) {
            return new NetnsConfigException(label + " exec line " + number + " `" + text + "`: " + what);
        }
    }
}
