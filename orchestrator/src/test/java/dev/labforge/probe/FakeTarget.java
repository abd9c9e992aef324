package dev.labforge.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An in-memory lab: tests set what each observation returns. A fake of our own interface. */
class FakeTarget implements LabProbeTarget {

    List<BgpPeerState> torPeers = new ArrayList<>();
    List<RouteEntry> torRoutes = new ArrayList<>();
    final Map<String, List<BgpPeerState>> nodePeers = new HashMap<>();
    final Map<String, List<RouteEntry>> nodeRoutes = new HashMap<>();
    final Map<String, String> addresses = new HashMap<>();
    PingResult pingResult;
    Supplier<List<BgpPeerState>> torPeersSupplier;
    int observations;
    final List<String> pings = new ArrayList<>();
    /** The ToR's BGP paths by prefix (absent: no paths). */
    final Map<String, BgpPrefixPaths> prefixPaths = new HashMap<>();
    /** Dead daemons and the cause each reports. */
    final Map<Daemon, String> dead = new HashMap<>();
    /** Interfaces by target name (the ToR, a node or a pod); absent: none. */
    final Map<String, List<InterfaceState>> interfaces = new HashMap<>();
    /** The packet of each ping sent, in order. */
    final List<PingPacket> packets = new ArrayList<>();
    /** Every read, in order: "tor bgp", "tor routes", "k01-worker routes" ... */
    final List<String> reads = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Each pod's addresses (absent: the pod's addresses cannot be observed). */
    final Map<String, List<String>> podAddresses = new HashMap<>();

    @Override
    public List<String> podAddresses(String pod) {
        List<String> held = podAddresses.get(pod);
        if (held == null) {
            throw new ObservationException("pod " + pod + " is not there");
        }
        return held;
    }

    @Override
    public List<BgpPeerState> torBgpPeers() {
        observations++;
        reads.add("tor bgp");
        return torPeersSupplier != null ? torPeersSupplier.get() : torPeers;
    }

    @Override
    public List<RouteEntry> torRoutes() {
        observations++;
        reads.add("tor routes");
        return torRoutes;
    }

    @Override
    public List<BgpPeerState> nodeBgpPeers(String node) {
        observations++;
        reads.add(node + " bgp");
        return nodePeers.getOrDefault(node, List.of());
    }

    @Override
    public List<RouteEntry> nodeRoutes(String node) {
        observations++;
        reads.add(node + " routes");
        return nodeRoutes.getOrDefault(node, List.of());
    }

    @Override
    public String addressOf(String endpoint) {
        String a = addresses.get(endpoint);
        if (a == null) {
            throw new ObservationException("unknown endpoint " + endpoint);
        }
        return a;
    }

    /** The limit each ping was given. */
    final List<java.time.Duration> pingLimits = new ArrayList<>();

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count, PingPacket packet, java.time.Duration limit) {
        pingLimits.add(limit);
        packets.add(packet);
        return ping(fromEndpoint, toAddress, count);
    }

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count) {
        observations++;
        pings.add(fromEndpoint + " -> " + toAddress + " x" + count);
        return pingResult;
    }

    @Override
    public List<InterfaceState> interfaces(dev.labforge.check.Side side, String on) {
        observations++;
        reads.add(on + " interfaces");
        return interfaces.getOrDefault(on, List.of());
    }

    @Override
    public BgpPrefixPaths torBgpPrefix(String prefix) {
        observations++;
        reads.add("tor prefix " + prefix);
        return prefixPaths.getOrDefault(prefix, new BgpPrefixPaths(prefix, List.of()));
    }

    @Override
    public java.util.Optional<String> daemonDown(dev.labforge.check.Side side, String on) {
        return java.util.Optional.ofNullable(dead.get(new Daemon(side, on)));
    }

    static BgpPeerState peer(String ip, String state, int prefixes) {
        return new BgpPeerState(ip, 65010, state, prefixes, "", "");
    }

    static RouteEntry via(String prefix, String... gateways) {
        return new RouteEntry(prefix, "unicast", "bgp", List.of(gateways), "eth1");
    }
}
