package dev.labforge.runtime.netns;

import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import java.util.List;
import java.util.Map;

/**
 * What the nodes' uplinks are wired to, in a namespace of its own: the ToR ({@link TorUnderlay}: a router
 * with VLAN bridges, SVIs and its routing daemon) or, in a lab without a ToR, the flat network
 * ({@link FlatUnderlay}: one bridge, no address). {@link NetnsFabric} builds everything else the same way
 * for both. Pure: {@code ip -batch} lines and sysctl arguments.
 */
interface Underlay {

    /** Its namespace as a member of the lab (kind {@code router} or {@code network}). */
    Member member();

    /** Root batch: the links between its namespace and the nodes (both ends created inside namespaces). */
    List<String> linkBatch();

    /** Inside its own namespace: bridges, ports, addresses, routes. */
    List<String> batch();

    /** Inside a node, first: its interfaces up, its address when the exec lines do not add it, its default route. */
    List<String> nodeUplink(NodePlan node);

    /** sysctl arguments per namespace (its own and the nodes'), applied once the links exist. */
    Map<String, List<String>> forwardingSysctls();

    /** Whether its namespace runs FRR (zebra + bgpd). */
    boolean runsFrr();
}
