package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Output captured on a lab without a ToR (three node namespaces on a bridge in a namespace of its own,
 * BIRD in the node-to-node mesh, Felix-style routes, pods wired the Calico way; see fixtures/README.md):
 * the parsers read the mesh sessions, the direct routes and the pod's address as they read a ToR lab's.
 */
class FlatNetworkCapturesTest {

    @Test
    void meshSessionsAreNamedAfterTheOtherNodesAddress() {
        // when
        List<BgpPeerState> up = BirdProtocolsParser.parse(Fixtures.read("bird/flat_n2_show_protocols.txt"));
        List<BgpPeerState> oneGone = BirdProtocolsParser.parse(Fixtures.read("bird/flat_n2_show_protocols_peer_gone.txt"));
        List<BgpPeerState> all = BirdProtocolsParser.parse(Fixtures.read("bird/flat_n2_show_protocols_all_mesh.txt"));
        // then
        assertThat(up).extracting(BgpPeerState::peer, BgpPeerState::state, BgpPeerState::protocol).containsExactly(
                org.assertj.core.groups.Tuple.tuple("172.18.0.2", "Established", "Mesh_172_18_0_2"),
                org.assertj.core.groups.Tuple.tuple("172.18.0.4", "Established", "Mesh_172_18_0_4"));
        assertThat(oneGone).extracting(BgpPeerState::peer, BgpPeerState::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("172.18.0.2", "Established"),
                org.assertj.core.groups.Tuple.tuple("172.18.0.4", "Passive"));
        assertThat(oneGone.get(1).info()).isEqualTo("Received: Administrative shutdown");
        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.remoteAs()).isEqualTo(64512);
            assertThat(p.prefixesReceived()).isEqualTo(3);
        });
    }

    @Test
    void felixRoutesGoStraightToTheOtherNodeOnEth0() {
        // when
        List<RouteEntry> routes = IpRouteParser.parse(Fixtures.read("iproute2/flat_n2_ip_j_route_show.json"));
        // then
        assertThat(routes).contains(
                new RouteEntry("192.168.0.0/26", "unicast", "80", List.of("172.18.0.2"), "eth0", true),
                new RouteEntry("192.168.0.128/26", "unicast", "80", List.of("172.18.0.4"), "eth0", true),
                new RouteEntry("192.168.0.64/26", "blackhole", "80", List.of(), ""));
    }

    @Test
    void aPodsEth0HoldsItsSlash32() {
        // when
        Map<String, List<String>> addresses = IpAddrParser.ipv4ByInterface(Fixtures.read("iproute2/flat_pod_ip_j_addr_show_eth0.json"));
        Map<String, List<String>> network = IpAddrParser.ipv4ByInterface(Fixtures.read("iproute2/flat_net_ip_j_addr_show.json"));
        // then
        assertThat(addresses).containsExactly(Map.entry("eth0", List.of("192.168.0.65/32")));
        assertThat(network.values()).as("the flat network's bridge holds no IPv4 address").allMatch(List::isEmpty);
    }

    @Test
    void repliesLoseOneTtlPerNodeOnTheWay() {
        // when
        PingResult sameNode = PingParser.parse(Fixtures.read("ping/iputils_pod_same_node.txt"));
        PingResult acrossNodes = PingParser.parse(Fixtures.read("ping/iputils_pod_across_nodes.txt"));
        PingResult nodeToPod = PingParser.parse(Fixtures.read("ping/iputils_node_to_pod_other_node.txt"));
        // then
        assertThat(sameNode.ttls()).containsExactly(63, 63, 63);
        assertThat(acrossNodes.ttls()).containsExactly(62, 62, 62);
        assertThat(nodeToPod.ttls()).containsExactly(63, 63, 63);
        assertThat(acrossNodes.received()).isEqualTo(3);
    }
}
