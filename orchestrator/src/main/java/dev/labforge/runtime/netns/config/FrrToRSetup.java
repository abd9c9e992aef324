package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a ToR of platform frr: the rendered frr.conf is used as-is (it is what clab would run), and the VLAN bridges
 * come from the node's topology {@code exec} lines, which hold only {@code ip} commands such as
 * {@code ip link add br10 type bridge}, {@code ip link set eth1 master br10}, {@code ip link set dev eth1 mtu 9124},
 * {@code ip addr add 10.10.10.1/24 dev br10}.
 */
public final class FrrToRSetup {
    private static final Pattern BRIDGE = Pattern.compile("br(\\d{1,4})");
    private static final Pattern PORT = Pattern.compile("eth\\d+(?:_\\d+)?");
    private static final Pattern LISTEN = Pattern.compile("^\\s*bgp listen range \\S+ peer-group (\\S+)\\s*$");
    private static final Pattern PEER_GROUP = Pattern.compile("^\\s*neighbor (\\S+) peer-group\\s*$");

    private FrrToRSetup() {
    }

    /**
     * The rendered frr.conf as-is, and VLAN bridges from the topology exec lines of the FRR node.
     *
     * @throws NetnsConfigException naming the exec line for anything but the {@code ip} commands above
     */
    public static RouterSetup fromFrr(String frrConf, List<String> execLines) {
        Objects.requireNonNull(frrConf, "frrConf");
        Map<String, Bridge> bridges = new LinkedHashMap<>();
        Map<String, Integer> portMtu = new LinkedHashMap<>();
        Map<String, String> portBridge = new LinkedHashMap<>();
        for (int i = 0; i < execLines.size(); i++) {
            String line = execLines.get(i).strip();
            Exec e = new Exec(i + 1, line);
            String[] w = line.split("\\s+");
            if (!w[0].equals("ip")) {
                throw e.error("only `ip` commands are run in the netns runtime");
            }
            List<String> args = new ArrayList<>(List.of(w).subList(1, w.length));
            if (args.size() >= 2 && (args.get(0).equals("link") || args.get(0).equals("l"))
                    && args.get(1).equals("add")) {
                // ip link add brN type bridge
                if (args.size() != 5 || !args.get(3).equals("type") || !args.get(4).equals("bridge")) {
                    throw e.error("only `ip link add br<vlan> type bridge` creates links here");
                }
                String name = args.get(2);
                bridges.putIfAbsent(bridgeName(e, name), new Bridge(name, vlanId(e, name)));
            } else if (args.size() >= 2 && (args.get(0).equals("link") || args.get(0).equals("l"))
                    && args.get(1).equals("set")) {
                linkSet(e, args.subList(2, args.size()), bridges, portMtu, portBridge);
            } else if (args.size() >= 2 && isAddr(args.get(0)) && args.get(1).equals("add")) {
                addrAdd(e, args.subList(2, args.size()), bridges);
            } else {
                throw e.error("not emulated by the netns runtime (it runs `ip link add br<vlan> type bridge`,"
                        + " `ip link set [dev] IF master|mtu|up`, `ip addr add CIDR dev br<vlan>`)");
            }
        }
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
            vlans.add(new VlanSetup(b.vlan, b.svi, mtu, ports));
        }
        warnings.addAll(listenRangeOrder(frrConf));
        return new RouterSetup(vlans, frrConf, warnings);
    }

    private static void linkSet(Exec e, List<String> args, Map<String, Bridge> bridges, Map<String, Integer> portMtu,
            Map<String, String> portBridge) {
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

    private static void addrAdd(Exec e, List<String> args, Map<String, Bridge> bridges) {
        // ip addr add CIDR dev IF | ip addr add dev IF CIDR
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
        try {
            Cidr.parseInterface(cidr);
        } catch (IllegalArgumentException ex) {
            throw e.error(ex.getMessage());
        }
        Bridge b = bridges.get(dev);
        if (b == null) {
            throw e.error(BRIDGE.matcher(dev).matches() ? dev + " is used before `ip link add " + dev + " type bridge`"
                    : "addresses on ports are not emulated by the netns runtime: put " + dev
                            + " into a VLAN bridge (ip link add br<vlan> type bridge; ip link set " + dev
                            + " master br<vlan>) and address the bridge");
        }
        if (b.svi != null) {
            throw e.error(dev + " already has " + b.svi + "; one SVI address per VLAN is emulated");
        }
        b.svi = cidr;
    }

    /** FRR drops a listen range whose peer-group is not defined yet; the real FRR ToR would too, so only warn. */
    static List<String> listenRangeOrder(String frrConf) {
        List<String> warnings = new ArrayList<>();
        List<String> defined = new ArrayList<>();
        String[] lines = frrConf.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher pg = PEER_GROUP.matcher(lines[i]);
            if (pg.matches()) {
                defined.add(pg.group(1));
            }
            Matcher lr = LISTEN.matcher(lines[i]);
            if (lr.matches() && !defined.contains(lr.group(1))) {
                warnings.add("frr.conf line " + (i + 1) + ": `" + lines[i].strip() + "` comes before `neighbor " + lr.group(1)
                        + " peer-group`: FRR drops this listen range, so no node can peer through it");
            }
        }
        return warnings;
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

        Bridge(String name, int vlan) {
            this.name = name;
            this.vlan = vlan;
        }
    }

    private record Exec(int number, String text) {
        NetnsConfigException error(String what) {
            return new NetnsConfigException("FRR ToR exec line " + number + " `" + text + "`: " + what);
        }
    }
}
