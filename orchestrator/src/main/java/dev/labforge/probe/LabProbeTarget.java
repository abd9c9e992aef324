package dev.labforge.probe;

import java.util.List;

/**
 * What probes may observe in a running lab. Each runtime implements it with its own commands
 * (vtysh/birdc/ping in namespaces; docker exec Cli, CalicoNodeStatus, pod exec in clab) and the
 * shared parsers. Methods throw {@link ObservationException} when the observation itself failed
 * (command failed, output unparsable): probes treat that as Pending until their deadline.
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
}
