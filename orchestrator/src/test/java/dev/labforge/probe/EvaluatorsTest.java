package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.CommunityCheck;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check type's evaluator: one look against an in-memory lab gives Done, Pending or Failed; and what it needs. */
class EvaluatorsTest {

    private final FakeTarget target = new FakeTarget();
    private final FakeRound round = new FakeRound(target);

    private static <C extends Check> Answer<String> look(C check, Round round) {
        return CheckEvaluators.of(check).evaluate(check, round);
    }

    private Answer<String> look(Check check) {
        return look(check, round);
    }

    static BgpSessionCheck torSession(String ip, String node, int prefixes) {
        return new BgpSessionCheck("ceos01", Side.TOR, ip, node, 65010, prefixes, true, true);
    }

    @Test
    void torSession() {
        BgpSessionCheck c = torSession("10.10.10.11", "k01-worker", 2);

        target.torPeers = List.of();
        assertThat(look(c)).isEqualTo(Answer.pending("peer 10.10.10.11: no session"));

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65010, "Active", -1, "", ""));
        assertThat(look(c)).isEqualTo(Answer.pending("peer 10.10.10.11: Active"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.11", "Established", 1));
        assertThat(look(c)).isEqualTo(Answer.pending("peer 10.10.10.11: Established, 1 prefixes received"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.12", "Established", 2), FakeTarget.peer("10.10.10.11", "Established", 2));
        assertThat(look(c)).isEqualTo(Answer.done("peer 10.10.10.11: Established, 2 prefixes received"));
    }

    @Test
    void torSessionWithoutAnExpectedPrefixCountPassesWhenEstablished() {
        BgpSessionCheck any = new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.11", "k01-worker", -1, null, true, false);

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65099, "Established", 7, "", ""));
        assertThat(look(any)).isEqualTo(Answer.done("peer 10.10.10.11: Established, 7 prefixes received"));
    }

    @Test
    void torSessionPolicyAndWrongAsAreFailedAtOnce() {
        BgpSessionCheck c = torSession("10.10.10.11", "k01-worker", 1);

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65010, "Established", 0, "(Policy)", ""));
        assertThat(look(c)).isInstanceOfSatisfying(Answer.Failed.class, f -> assertThat(f.why()).contains("ebgp-requires-policy"));

        target.torPeers = List.of(new BgpPeerState("10.10.10.11", 65099, "Established", 1, "", ""));
        assertThat(look(c)).isEqualTo(Answer.failed("peer 10.10.10.11: Established with AS 65099, expected AS 65010"));
    }

    @Test
    void noTorSession() {
        BgpSessionCheck c = new BgpSessionCheck("tor01", Side.TOR, "10.10.10.10", "k01-control-plane", -1, null, false, true);
        assertThat(c.name()).isEqualTo("no bgp tor01 <- 10.10.10.10 (k01-control-plane)");

        assertThat(look(c)).isEqualTo(Answer.done("no session"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.10", "Active", 0));
        assertThat(look(c)).isEqualTo(Answer.done("peer 10.10.10.10: Active (not established)"));

        target.torPeers = List.of(FakeTarget.peer("10.10.10.10", "Established", 0));
        assertThat(look(c)).isInstanceOfSatisfying(Answer.Failed.class,
                f -> assertThat(f.why()).contains("no BGPPeer selects k01-control-plane"));
    }

    @Test
    void cannotObserveIsPending() {
        target.torPeersSupplier = () -> {
            throw new ObservationException("vtysh exited 1: bgpd is not running");
        };

        assertThat(look(torSession("10.10.10.11", "k01-worker", 2)))
                .isEqualTo(Answer.unobserved("vtysh exited 1: bgpd is not running"));
    }

    @Test
    void nodeSessionMatchesByCalicoProtocolName() {
        BgpSessionCheck c = new BgpSessionCheck("k01-worker", Side.NODE, "10.10.10.1", "ceos01", -1, null, true, true);
        assertThat(c.name()).isEqualTo("bgp k01-worker -> 10.10.10.1 (ceos01)");

        assertThat(look(c)).isEqualTo(Answer.pending("peer 10.10.10.1: not configured on k01-worker"));

        target.nodePeers.put("k01-worker", List.of(
                new BgpPeerState("", -1, "Connect", -1, "Socket: Connection refused", "Node_10_10_10_1")));
        assertThat(look(c)).isEqualTo(Answer.pending("Node_10_10_10_1 (10.10.10.1): Connect Socket: Connection refused"));

        target.nodePeers.put("k01-worker", List.of(new BgpPeerState("10.10.10.1", -1, "Established", -1, "NodePeer since 10:00", "")));
        assertThat(look(c)).isEqualTo(Answer.done("peer 10.10.10.1: Established NodePeer since 10:00"));
    }

    @Test
    void torRouteViaNode() {
        RouteCheck c = RouteCheck.via("ceos01", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11"));

        assertThat(look(c)).isEqualTo(Answer.pending("192.168.42.192/26: no route (0 routes in the table)"));

        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.12"));
        assertThat(look(c)).isEqualTo(Answer.pending("192.168.42.192/26 via 10.10.10.12 dev eth1 (bgp)"));

        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.11"));
        assertThat(look(c)).isEqualTo(Answer.done("192.168.42.192/26 via 10.10.10.11 dev eth1 (bgp)"));
    }

    @Test
    void loadBalancerRangeViaAnyPeeringNode() {
        RouteCheck c = RouteCheck.via("ceos01", Side.TOR, "172.16.0.240/28", List.of("10.10.10.10", "10.10.10.11"));

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.11"));
        assertThat(look(c)).isInstanceOf(Answer.Done.class);

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.99"));
        assertThat(look(c)).isInstanceOf(Answer.Pending.class);
    }

    @Test
    void connectedAndBlackholeRoutes() {
        RouteCheck connected = RouteCheck.of("ceos01", Side.TOR, "10.10.10.0/24", RouteCheck.Kind.CONNECTED);
        RouteCheck blackhole = RouteCheck.of("k01-worker", Side.NODE, "192.168.42.192/26", RouteCheck.Kind.BLACKHOLE);

        target.torRoutes = List.of(new RouteEntry("10.10.10.0/24", "unicast", "connected", List.of(), "Vlan10"));
        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.42.192/26", "unicast", "bird", List.of("10.10.10.1"), "eth1")));
        assertThat(look(connected)).isEqualTo(Answer.done("10.10.10.0/24 dev Vlan10 (connected)"));
        assertThat(look(blackhole)).isEqualTo(Answer.pending("192.168.42.192/26 via 10.10.10.1 dev eth1 (bird)"));

        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.42.192/26", "blackhole", "bird", List.of(), "")));
        assertThat(look(blackhole)).isEqualTo(Answer.done("192.168.42.192/26 blackhole (bird)"));
    }

    @Test
    void noRoutesWithinAPoolThatDoesNotExport() {
        RouteCheck c = new RouteCheck("tor01", Side.TOR, "192.168.0.0/17", RouteCheck.Kind.NONE_WITHIN, List.of(),
                "pool vxlan-pool not exported", true);

        target.torRoutes = List.of(FakeTarget.via("172.16.0.240/28", "10.10.10.11"), FakeTarget.via("192.168.128.0/26", "10.10.10.11"));
        assertThat(look(c)).isEqualTo(Answer.done("none of 2 routes inside 192.168.0.0/17"));

        target.torRoutes = List.of(FakeTarget.via("192.168.1.64/26", "10.10.10.11"));
        assertThat(look(c)).isEqualTo(Answer.failed("192.168.1.64/26 via 10.10.10.11 dev eth1 (bgp) present, but pool vxlan-pool not exported"));
    }

    @Test
    void communitiesOnThePathFromTheExportingNode() {
        // given: k01-worker3 (10.10.20.20) exports 192.168.46.128/26, which must carry 65010:100
        List<Check> lab = List.of(torSession("10.10.20.20", "k01-worker3", 2));
        FakeRound round = new FakeRound(target, new LabFacts("ceos01", lab, List.of()));
        round.prefixes.add("192.168.46.128/26");
        CommunityCheck c = new CommunityCheck("ceos01", "192.168.46.128/26", "k01-worker3", List.of("65010:100"), true);
        assertThat(c.name()).isEqualTo("community ceos01 192.168.46.128/26 (k01-worker3)");

        assertThat(look(c, round)).isEqualTo(Answer.pending("192.168.46.128/26: not in the BGP table"));

        target.prefixPaths.put("192.168.46.128/26", new BgpPrefixPaths("192.168.46.128/26", List.of(
                new BgpPrefixPaths.BgpPath("10.10.10.11", "10.10.10.11", true, List.of("65010:100"), List.of()))));
        assertThat(look(c, round)).isEqualTo(Answer.pending(
                "192.168.46.128/26: no path from 10.10.20.20 (paths from 10.10.10.11)"));

        target.prefixPaths.put("192.168.46.128/26", new BgpPrefixPaths("192.168.46.128/26", List.of(
                new BgpPrefixPaths.BgpPath("10.10.20.20", "10.10.20.20", true, List.of(), List.of()))));
        assertThat(look(c, round)).isEqualTo(Answer.pending("192.168.46.128/26 from 10.10.20.20: no communities"));

        target.prefixPaths.put("192.168.46.128/26", new BgpPrefixPaths("192.168.46.128/26", List.of(
                new BgpPrefixPaths.BgpPath("10.10.20.20", "10.10.20.20", true, List.of("no-export", "65010:100"), List.of("65010:1:2")))));
        assertThat(look(c, round)).isEqualTo(Answer.done("192.168.46.128/26 from 10.10.20.20: no-export, 65010:100, 65010:1:2"));
    }

    @Test
    void aCommunityCheckWithoutANodeReadsTheBestPathAndLargeCommunitiesCount() {
        round.prefixes.add("172.16.0.240/28");
        CommunityCheck c = new CommunityCheck("ceos01", "172.16.0.240/28", null, List.of("65010:1:2"), false);
        target.prefixPaths.put("172.16.0.240/28", new BgpPrefixPaths("172.16.0.240/28", List.of(
                new BgpPrefixPaths.BgpPath("10.10.10.10", "10.10.10.10", false, List.of(), List.of()),
                new BgpPrefixPaths.BgpPath("10.10.10.11", "10.10.10.11", true, List.of(), List.of("65010:1:2")))));

        assertThat(look(c)).isEqualTo(Answer.done("172.16.0.240/28 from 10.10.10.11: 65010:1:2"));
        assertThat(needs(c, new LabFacts("ceos01", List.of(), List.of()))).containsExactly(Set.of(Daemon.tor("ceos01")));
    }

    @Test
    void aRuntimeThatCannotShowPrefixDetailsLeavesTheCheckPendingSayingSo() {
        LabProbeTarget plain = new LabProbeTarget() {
            @Override
            public List<BgpPeerState> torBgpPeers() {
                return List.of();
            }

            @Override
            public List<RouteEntry> torRoutes() {
                return List.of();
            }

            @Override
            public List<BgpPeerState> nodeBgpPeers(String node) {
                return List.of();
            }

            @Override
            public List<RouteEntry> nodeRoutes(String node) {
                return List.of();
            }

            @Override
            public String addressOf(String endpoint) {
                return "10.0.0.1";
            }

            @Override
            public PingResult ping(String fromEndpoint, String toAddress, int count) {
                return null;
            }
        };

        Snapshot s = plain.snapshot(Side.TOR, "ceos01", Set.of(Aspect.BGP_PREFIXES), Set.of("10.0.0.0/26"));

        assertThat(s.prefix("10.0.0.0/26").failure()).isEqualTo("BGP prefix details of the ToR are not shown by this runtime");
    }

    @Test
    void pingReachableWithTtl() {
        PingCheck c = new PingCheck("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, true, false);
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");

        target.pingResult = new PingResult("192.168.46.129", 3, 0, List.of(),
                "PING x\nFrom 10.10.10.11 icmp_seq=1 Destination Host Unreachable\n");
        assertThat(look(c)).isEqualTo(Answer.pending(
                "no reply from 192.168.46.129 (3 sent; From 10.10.10.11 icmp_seq=1 Destination Host Unreachable)"));
        assertThat(target.pings).containsExactly("multitool-1@k01-worker -> 192.168.46.129 x3");

        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(62, 62, 62), "");
        assertThat(look(c)).isEqualTo(Answer.failed("3/3 replies from 192.168.46.129, ttl 62, expected ttl 61 (the path differs)"));

        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(61, 61, 61), "");
        assertThat(look(c)).isEqualTo(Answer.done("3/3 replies from 192.168.46.129, ttl 61"));
    }

    @Test
    void aPingWhoseRouteNeedsADeadBirdFailsAtOnceWithoutBeingSent() {
        // given: the ToR's route to k01-worker3's block is learned from k01-worker3, whose BIRD is dead
        List<Check> lab = List.of(torSession("10.10.20.20", "k01-worker3", 2),
                RouteCheck.via("ceos01", Side.TOR, "192.168.46.128/26", List.of("10.10.20.20")));
        FakeRound round = new FakeRound(target, new LabFacts("ceos01", lab, List.of()));
        PingCheck c = new PingCheck("ceos01", "multitool-1@k01-worker3", 63, true, true);
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        target.addresses.put("ceos01", "10.10.10.1");
        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(63, 63, 63), "");
        target.dead.put(Daemon.node("k01-worker3"), "k01-worker3: BIRD is not running (pid 30795 gone)");

        // when / then: the stale route would still carry it
        assertThat(look(c, round)).isEqualTo(Answer.failed("k01-worker3: BIRD is not running (pid 30795 gone)"));
        assertThat(target.pings).isEmpty();

        // and a ping whose routes need no dead daemon is sent as usual
        target.dead.clear();
        assertThat(look(c, round)).isEqualTo(Answer.done("3/3 replies from 192.168.46.129, ttl 63"));
    }

    @Test
    void pingExpectedToGetNoReply() {
        PingCheck c = new PingCheck("tor01", "nginx@k01-worker", null, false, false);
        target.addresses.put("nginx@k01-worker", "192.168.1.65");

        target.pingResult = new PingResult("192.168.1.65", 3, 0, List.of(), "");
        assertThat(look(c)).isEqualTo(Answer.done("no reply from 192.168.1.65 (3 sent)"));

        target.pingResult = new PingResult("192.168.1.65", 3, 1, List.of(63), "");
        assertThat(look(c)).isInstanceOf(Answer.Failed.class);
    }

    @Test
    void pingAnyTtlAndAnEndpointWithoutAddressYet() {
        PingCheck c = new PingCheck("k01-worker", "k01-worker2", null, true, false);

        assertThat(look(c)).isEqualTo(Answer.unobserved("unknown endpoint k01-worker2"));

        target.addresses.put("k01-worker2", "10.10.20.20");
        target.pingResult = new PingResult("10.10.20.20", 3, 2, List.of(63, 63), "");
        assertThat(look(c)).isEqualTo(Answer.done("2/3 replies from 10.10.20.20, ttl 63"));
    }

    @Test
    void whatEachCheckNeeds() {
        // given: the seed's facts (k01-worker3 at 10.10.20.20 owns 192.168.46.128/26; nodes peer with 10.10.x.1)
        List<Check> sessions = List.of(torSession("10.10.20.20", "k01-worker3", 2), torSession("10.10.10.11", "k01-worker", 2),
                new BgpSessionCheck("k01-worker", Side.NODE, "10.10.10.1", "ceos01", -1, null, true, true));
        LabFacts facts = new LabFacts("ceos01", sessions,
                List.of(new RenderedPlan.Block("k01-worker3", "192.168.46.128/26", "default-ipv4-ippool", false)));
        Daemon tor = Daemon.tor("ceos01");
        Daemon worker = Daemon.node("k01-worker");
        Daemon worker3 = Daemon.node("k01-worker3");

        // then: sessions need both ends, BGP routes every daemon they came through, static and absent ones nothing
        assertThat(needs(sessions.get(0), facts)).containsExactly(Set.of(tor), Set.of(worker3));
        assertThat(needs(sessions.get(2), facts)).containsExactly(Set.of(worker), Set.of(tor));
        assertThat(needs(new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.10", "k01-control-plane", -1, null, false, true), facts))
                .isEmpty();
        assertThat(needs(RouteCheck.via("ceos01", Side.TOR, "192.168.46.128/26", List.of("10.10.20.20")), facts))
                .containsExactly(Set.of(tor), Set.of(worker3));
        assertThat(needs(RouteCheck.via("ceos01", Side.TOR, "172.16.0.240/28", List.of("10.10.20.20", "10.10.10.11")), facts))
                .containsExactly(Set.of(tor), Set.of(worker3, worker));
        assertThat(needs(RouteCheck.via("k01-worker", Side.NODE, "192.168.46.128/26", List.of("10.10.10.1")), facts))
                .containsExactly(Set.of(worker), Set.of(tor), Set.of(worker3));
        assertThat(needs(RouteCheck.via("k01-worker", Side.NODE, "192.168.1.128/26", List.of("10.10.10.12")), facts))
                .as("a same-subnet route Felix programs").isEmpty();
        assertThat(needs(RouteCheck.of("k01-worker3", Side.NODE, "192.168.46.128/26", RouteCheck.Kind.BLACKHOLE), facts))
                .containsExactly(Set.of(worker3));
        assertThat(needs(RouteCheck.of("ceos01", Side.TOR, "10.10.10.0/24", RouteCheck.Kind.CONNECTED), facts)).isEmpty();
    }

    private static <C extends Check> List<Set<Daemon>> needs(C check, LabFacts facts) {
        return CheckEvaluators.of(check).dependsOn(check, facts);
    }
}
