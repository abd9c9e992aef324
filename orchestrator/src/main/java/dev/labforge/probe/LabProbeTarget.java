package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What probes may observe in a running lab. Each runtime implements it with its own commands
 * (vtysh/birdc/ping in namespaces; docker exec Cli, CalicoNodeStatus, pod exec in clab) and the
 * shared parsers. Methods throw {@link ObservationException} when the observation itself failed
 * (command failed, output unparsable): probes treat that as Pending until their deadline.
 *
 * <p>The probe engine reads a target once per round through {@link #snapshot}, and asks
 * {@link #daemonDown} first so that checks of a dead daemon fail at once instead of waiting.
 */
public interface LabProbeTarget {

    /** BGP sessions as the ToR sees them. */
    List<BgpPeerState> torBgpPeers();

    /** The ToR's IPv4 routing table (kernel/FIB view: what forwards packets). */
    List<RouteEntry> torRoutes();

    /** BGP sessions as a node's BGP daemon (BIRD / calico-node) sees them. */
    List<BgpPeerState> nodeBgpPeers(String node);

    /** A node's IPv4 routing table (kernel view). */
    List<RouteEntry> nodeRoutes(String node);

    /** The IPv4 address of a ping endpoint: router name, node name, or pod {@code <workload>@<node>}. */
    String addressOf(String endpoint);

    /** Sends {@code count} pings from an endpoint to an address, inside the lab. */
    PingResult ping(String fromEndpoint, String toAddress, int count);

    /**
     * The same with a payload size and don't-fragment ({@code ping -s N -M do}), given up after {@code limit}
     * (an {@link ObservationException}): the verify budget ends when it says, however long a ping would wait.
     * The default ignores the limit and sends only the default packet; a runtime that cannot shape it says
     * so and the check stays Pending.
     */
    default PingResult ping(String fromEndpoint, String toAddress, int count, PingPacket packet, java.time.Duration limit) {
        if (packet.isDefault()) {
            return ping(fromEndpoint, toAddress, count);
        }
        throw new ObservationException("this runtime cannot send a " + packet + " ping");
    }

    /** A shaped packet, given up only when the runtime's own usual limit ends. */
    default PingResult ping(String fromEndpoint, String toAddress, int count, PingPacket packet) {
        return ping(fromEndpoint, toAddress, count, packet, java.time.Duration.ofMinutes(10));
    }

    /** The default packet, given up after {@code limit}. */
    default PingResult ping(String fromEndpoint, String toAddress, int count, java.time.Duration limit) {
        return ping(fromEndpoint, toAddress, count, PingPacket.DEFAULT, limit);
    }

    /**
     * The interfaces of the ToR (named as its platform names them: Vlan10, Ethernet1 on cEOS), a node or a
     * pod ({@link Side#POD}, {@code on} its {@code <workload>@<node>}). The default cannot show them.
     */
    default List<InterfaceState> interfaces(Side side, String on) {
        throw new ObservationException("interfaces are not shown by this runtime");
    }

    /**
     * The IPv4 addresses a pod ({@code <workload>@<node>}) holds, as its eth0 shows them (A.B.C.D/L); empty
     * while it has none. The default cannot show them: a check that needs them stays Pending, saying so.
     */
    default List<String> podAddresses(String pod) {
        throw new ObservationException("pod addresses are not shown by this runtime");
    }

    /**
     * The BGP paths the ToR holds for one prefix ({@code prefix} an IPv4 CIDR), with their communities; no
     * paths when it has no BGP route for it. The default cannot show them: a check that needs them stays
     * Pending, saying so.
     */
    default BgpPrefixPaths torBgpPrefix(String prefix) {
        throw new ObservationException("BGP prefix details of the ToR are not shown by this runtime");
    }

    /**
     * One look at the ToR ({@link Side#TOR}, {@code on} its name) or a node: the asked aspects (and the BGP
     * paths of {@code prefixes} for {@link Aspect#BGP_PREFIXES}), read together. The default reads each with
     * its method above; a runtime whose aspects come from one source (clab's CalicoNodeStatus) reads it once.
     * Observation failures are kept in the snapshot.
     */
    default Snapshot snapshot(Side side, String on, Set<Aspect> aspects, Set<String> prefixes) {
        boolean tor = side == Side.TOR;
        Observed<List<InterfaceState>> interfaces = aspects.contains(Aspect.INTERFACES)
                ? Observed.look(() -> interfaces(side, on)) : null;
        Observed<List<BgpPeerState>> bgp = aspects.contains(Aspect.BGP)
                ? Observed.look(() -> tor ? torBgpPeers() : nodeBgpPeers(on)) : null;
        Observed<List<RouteEntry>> routes = aspects.contains(Aspect.ROUTES)
                ? Observed.look(() -> tor ? torRoutes() : nodeRoutes(on)) : null;
        Map<String, Observed<BgpPrefixPaths>> paths = new LinkedHashMap<>();
        if (tor && aspects.contains(Aspect.BGP_PREFIXES)) {
            prefixes.forEach(p -> paths.put(p, Observed.look(() -> torBgpPrefix(p))));
        }
        return new Snapshot(side, on, bgp, routes, paths, interfaces);
    }

    /**
     * Why the BGP daemon of the ToR or a node cannot answer at all, e.g.
     * {@code k01-worker3: BIRD is not running (pid 30795 gone)}; empty when it may. Cheap (no process):
     * it is asked every round. The default knows nothing, so nothing fails early.
     */
    default Optional<String> daemonDown(Side side, String on) {
        return Optional.empty();
    }

    /**
     * The daemons of the ToR (its zebra and bgpd) or a node (its BIRD) by name, each empty while it runs or with
     * why it does not ({@code k01-worker3: BIRD is not running (pid 30795 gone)}). Cheap, like {@link #daemonDown}.
     * The default knows none.
     */
    default Map<String, Optional<String>> daemons(Side side, String on) {
        return Map.of();
    }
}
