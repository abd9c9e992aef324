package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each probe's single look against an in-memory lab: Passed, Pending or Failed. */
class ProbeChecksTest {

    private final FakeTarget target = new FakeTarget();

    @Test
    void torSession() {
        TorSessionProbe p = new TorSessionProbe("ceos01", "k01-worker", "10.10.10.11", 65010, 2);
        assertThat(p.name()).isEqualTo("bgp ceos01 <- 10.10.10.11 (k01-worker)");

        target.torPeers = List.of();
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("peer 10.10.10.11: no session"));

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65010, "Active", -1, "", ""));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("peer 10.10.10.11: Active"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.11", "Established", 1));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("peer 10.10.10.11: Established, 1 prefixes received"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.12", "Established", 2), FakeTarget.peer("10.10.10.11", "Established", 2));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("peer 10.10.10.11: Established, 2 prefixes received"));
    }

    @Test
    void torSessionPolicyAndWrongAsAreFailedAtOnce() {
        TorSessionProbe p = new TorSessionProbe("tor01", "k01-worker", "10.10.10.11", 65010, 1);

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65010, "Established", 0, "(Policy)", ""));
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Failed.class)
                .extracting(ProbeResult::observed).asString().contains("ebgp-requires-policy");

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65099, "Established", 1, "", ""));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Failed("peer 10.10.10.11: Established with AS 65099, expected AS 65010"));
    }

    @Test
    void noTorSession() {
        NoTorSessionProbe p = new NoTorSessionProbe("tor01", "k01-control-plane", "10.10.10.10");
        assertThat(p.name()).isEqualTo("no bgp tor01 <- 10.10.10.10 (k01-control-plane)");

        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("no session"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.10", "Active", 0));
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Passed.class);

        target.torPeers = List.of(FakeTarget.peer("10.10.10.10", "Established", 0));
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Failed.class)
                .extracting(ProbeResult::observed).asString().contains("no BGPPeer selects k01-control-plane");
    }

    @Test
    void nodeSessionMatchesByCalicoProtocolName() {
        NodeSessionProbe p = new NodeSessionProbe("k01-worker", "10.10.10.1", "ceos01");
        assertThat(p.name()).isEqualTo("bgp k01-worker -> 10.10.10.1 (ceos01)");
        assertThat(p.protocol()).isEqualTo("Node_10_10_10_1");

        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("peer 10.10.10.1: not configured on k01-worker"));

        target.nodePeers.put("k01-worker", List.of(
                new BgpPeerState("", -1, "Connect", -1, "Socket: Connection refused", "Node_10_10_10_1")));
        assertThat(p.check(target)).isEqualTo(
                new ProbeResult.Pending("Node_10_10_10_1 (10.10.10.1): Connect Socket: Connection refused"));

        target.nodePeers.put("k01-worker", List.of(new BgpPeerState("10.10.10.1", -1, "Established", -1, "NodePeer since 10:00", "")));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("peer 10.10.10.1: Established NodePeer since 10:00"));
    }

    @Test
    void torRouteViaNode() {
        RouteProbe p = RouteProbe.onTor("ceos01", "192.168.42.192/26", RouteProbe.Kind.VIA, List.of("10.10.10.11"));
        assertThat(p.name()).isEqualTo("route ceos01 192.168.42.192/26 via 10.10.10.11");

        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("192.168.42.192/26: no route (0 routes in the table)"));

        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.12"));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending("192.168.42.192/26 via 10.10.10.12 (bgp)"));

        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.11"));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("192.168.42.192/26 via 10.10.10.11 (bgp)"));
    }

    @Test
    void loadBalancerRangeViaAnyPeeringNode() {
        RouteProbe p = RouteProbe.onTor("ceos01", "172.16.0.240/28", RouteProbe.Kind.VIA, List.of("10.10.10.10", "10.10.10.11"));
        assertThat(p.name()).isEqualTo("route ceos01 172.16.0.240/28 via one of 10.10.10.10, 10.10.10.11");

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.11"));
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Passed.class);

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.99"));
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Pending.class);
    }

    @Test
    void connectedAndBlackholeRoutes() {
        RouteProbe connected = RouteProbe.onTor("ceos01", "10.10.10.0/24", RouteProbe.Kind.CONNECTED, List.of());
        RouteProbe blackhole = RouteProbe.onNode("k01-worker", "192.168.42.192/26", RouteProbe.Kind.BLACKHOLE, List.of());
        assertThat(connected.name()).isEqualTo("route ceos01 10.10.10.0/24 connected");
        assertThat(blackhole.name()).isEqualTo("route k01-worker 192.168.42.192/26 blackhole");

        target.torRoutes = List.of(new RouteEntry("10.10.10.0/24", "unicast", "connected", List.of(), "Vlan10"));
        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.42.192/26", "unicast", "bird", List.of("10.10.10.1"), "eth1")));
        assertThat(connected.check(target)).isEqualTo(new ProbeResult.Passed("10.10.10.0/24 dev Vlan10 (connected)"));
        assertThat(blackhole.check(target)).isEqualTo(new ProbeResult.Pending("192.168.42.192/26 via 10.10.10.1 (bird)"));

        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.42.192/26", "blackhole", "bird", List.of(), "")));
        assertThat(blackhole.check(target)).isEqualTo(new ProbeResult.Passed("192.168.42.192/26 blackhole (bird)"));
    }

    @Test
    void noRoutesWithinAPoolThatDoesNotExport() {
        NoRoutesWithinProbe p = new NoRoutesWithinProbe("tor01", "192.168.0.0/17", "pool vxlan-pool not exported");
        assertThat(p.name()).isEqualTo("no route tor01 within 192.168.0.0/17 (pool vxlan-pool not exported)");

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.11"), FakeTarget.via("192.168.128.0/26", "10.10.10.11"));
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("none of 2 routes inside 192.168.0.0/17"));

        target.torRoutes = List.of(FakeTarget.via("192.168.1.64/26", "10.10.10.11"));
        assertThat(p.check(target)).isEqualTo(
                new ProbeResult.Failed("192.168.1.64/26 via 10.10.10.11 (bgp) present, but pool vxlan-pool not exported"));
    }

    @Test
    void pingReachableWithTtl() {
        PingProbe p = new PingProbe("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, true);
        assertThat(p.name()).isEqualTo("ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61");
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");

        target.pingResult = new PingResult("192.168.46.129", 3, 0, List.of(),
                "PING x\nFrom 10.10.10.11 icmp_seq=1 Destination Host Unreachable\n");
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Pending(
                "no reply from 192.168.46.129 (3 sent; From 10.10.10.11 icmp_seq=1 Destination Host Unreachable)"));
        assertThat(target.pings).containsExactly("multitool-1@k01-worker -> 192.168.46.129 x3");

        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(62, 62, 62), "");
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Failed(
                "3/3 replies from 192.168.46.129, ttl 62, expected ttl 61 (the path differs)"));

        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(61, 61, 61), "");
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("3/3 replies from 192.168.46.129, ttl 61"));
    }

    @Test
    void pingExpectedToGetNoReply() {
        PingProbe p = new PingProbe("tor01", "nginx@k01-worker", null, false);
        assertThat(p.name()).isEqualTo("ping tor01 -> nginx@k01-worker no reply");
        assertThat(p.expected()).isEqualTo("no reply");
        target.addresses.put("nginx@k01-worker", "192.168.1.65");

        target.pingResult = new PingResult("192.168.1.65", 3, 0, List.of(), "");
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("no reply from 192.168.1.65 (3 sent)"));

        target.pingResult = new PingResult("192.168.1.65", 3, 1, List.of(63), "");
        assertThat(p.check(target)).isInstanceOf(ProbeResult.Failed.class);
    }

    @Test
    void pingAnyTtl() {
        PingProbe p = new PingProbe("k01-worker", "k01-worker2", null, true);
        assertThat(p.name()).isEqualTo("ping k01-worker -> k01-worker2");
        target.addresses.put("k01-worker2", "10.10.20.20");
        target.pingResult = new PingResult("10.10.20.20", 3, 2, List.of(63, 63), "");
        assertThat(p.check(target)).isEqualTo(new ProbeResult.Passed("2/3 replies from 10.10.20.20, ttl 63"));
    }
}
