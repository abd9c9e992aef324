package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.LinkCheck;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.testing.FakeClock;
import dev.labforge.wait.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Link checks: the state of a ToR port or a node's eth1, and the checks over a link that is down. */
class LinkEvaluatorTest {
    private static final String CAUSE = "ceos01 Ethernet2 (to k01-worker) is DOWN (administratively down)";

    private final FakeTarget target = new FakeTarget();
    private final FakeRound round = new FakeRound(target);
    private final FakeClock clock = new FakeClock();
    private final LinkCheck port = new LinkCheck("ceos01", Side.TOR, "Ethernet2", "k01-worker", true, true);
    private final LinkCheck nodeEnd = new LinkCheck("k01-worker", Side.NODE, "eth1", "ceos01", true, true);

    private static InterfaceState iface(String name, String operstate, boolean adminUp) {
        return new InterfaceState(name, 1500, operstate, adminUp, List.of());
    }

    private <C extends Check> Answer<String> look(C check) {
        return CheckEvaluators.of(check).evaluate(check, round);
    }

    @Test
    void upPassesSetDownFailsAtOnceNamingTheLinkAndNoCarrierWaits() {
        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "UP", true)));
        assertThat(look(port)).isEqualTo(Answer.done("Ethernet2 is UP"));

        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "DOWN", false)));
        assertThat(look(port)).isEqualTo(Answer.failed(CAUSE));

        target.interfaces.put("k01-worker", List.of(iface("eth1", "DOWN", true)));
        assertThat(look(nodeEnd)).isEqualTo(Answer.pending("eth1 is DOWN (set up, no carrier)"));

        target.interfaces.put("k01-worker", List.of(iface("lo", "UNKNOWN", true)));
        assertThat(look(nodeEnd)).isEqualTo(Answer.pending("k01-worker has no interface eth1 (it has lo)"));
        assertThat(CheckEvaluators.of(port).reads(port)).contains(new Reads(Side.TOR, "ceos01", Aspect.INTERFACES));
    }

    @Test
    void aLinkExpectedDownPassesWhenItIsNotUp() {
        LinkCheck shut = new LinkCheck("ceos01", Side.TOR, "Ethernet2", "k01-worker", false, false);
        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "UP", true)));
        assertThat(look(shut)).isEqualTo(Answer.pending("Ethernet2 is UP"));
        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "DOWN", false)));
        assertThat(look(shut)).isEqualTo(Answer.done("Ethernet2 is DOWN"));
        assertThat(CheckEvaluators.of(shut).linkDown(shut, Answer.done("Ethernet2 is DOWN")))
                .contains(new LinkDown("k01-worker", "ceos01 Ethernet2 (to k01-worker) is DOWN (expect.link wants it down)"));
    }

    @Test
    void whatGoesOverANodesLinkNamesThatNode() {
        LabFacts facts = new LabFacts("ceos01", List.of(EvaluatorsTest.torSession("10.10.10.11", "k01-worker", 2)), List.of());
        BgpSessionCheck session = EvaluatorsTest.torSession("10.10.10.11", "k01-worker", 2);
        RouteCheck learned = RouteCheck.via("ceos01", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11"));
        RouteCheck blackhole = RouteCheck.of("k01-worker", Side.NODE, "192.168.42.192/26", RouteCheck.Kind.BLACKHOLE);
        PingCheck podToPod = new PingCheck("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, true, true);
        PingCheck onOneNode = new PingCheck("multitool-1@k01-worker", "multitool-2@k01-worker", 64, true, true);
        assertThat(CheckEvaluators.of(session).overLinks(session, facts)).containsExactly(Set.of("k01-worker"));
        assertThat(CheckEvaluators.of(learned).overLinks(learned, facts)).containsExactly(Set.of("k01-worker"));
        assertThat(CheckEvaluators.of(blackhole).overLinks(blackhole, facts)).isEmpty();
        assertThat(CheckEvaluators.of(podToPod).overLinks(podToPod, facts)).containsExactly(Set.of("k01-worker"), Set.of("k01-worker3"));
        assertThat(CheckEvaluators.of(onOneNode).overLinks(onOneNode, facts)).isEmpty();
        assertThat(CheckEvaluators.of(nodeEnd).overLinks(nodeEnd, facts)).containsExactly(Set.of("k01-worker"));
    }

    @Test
    void aPortSetDownFailsAtOnceTheOtherEndAndEverySessionRouteAndPingOverItWithItsCauseAndNothingElse() {
        // given: converged, then k01-worker's port set down; BGP still says Established (the hold time has not run out)
        BgpSessionCheck session = EvaluatorsTest.torSession("10.10.10.11", "k01-worker", 2);
        BgpSessionCheck other = EvaluatorsTest.torSession("10.10.10.12", "k01-worker2", 2);
        RouteCheck learned = RouteCheck.via("ceos01", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11"));
        PingCheck across = new PingCheck("ceos01", "multitool-1@k01-worker", 63, true, true);
        List<Check> checks = List.of(port, nodeEnd, session, other, learned, across);
        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "DOWN", false)));
        target.interfaces.put("k01-worker", List.of(iface("eth1", "DOWN", true)));
        target.torPeers = List.of(FakeTarget.peer("10.10.10.11", "Established", 2), FakeTarget.peer("10.10.10.12", "Established", 2));
        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.11"));
        target.addresses.put("multitool-1@k01-worker", "192.168.42.193");
        target.pingResult = new PingResult("192.168.42.193", 3, 3, List.of(63, 63, 63), "");
        ProbeEngine engine = new ProbeEngine(target, new LabFacts("ceos01", checks, List.of()), clock, clock.sleeper(),
                Duration.ofSeconds(1), 1);

        // when
        List<CheckOutcome> outcomes = engine.run(checks, Duration.ofSeconds(30), o -> { });

        // then: in the first round, without waiting; the session on the other port passes
        assertThat(clock.slept()).isZero();
        assertThat(outcomes).extracting(CheckOutcome::verdict).containsExactly(Verdict.FAILED, Verdict.FAILED, Verdict.FAILED,
                Verdict.PASSED, Verdict.FAILED, Verdict.FAILED);
        assertThat(outcomes).filteredOn(CheckOutcome::failed).extracting(CheckOutcome::observed).containsOnly(CAUSE);
        assertThat(target.pings).isEmpty();
    }

    @Test
    void aNodesEth1SetDownFailsThePortThatWaitsForCarrierToo() {
        // given: the node end set down; the ToR's port sees no carrier (judged first, so it waits a moment)
        target.interfaces.put("ceos01", List.of(iface("Ethernet2", "DOWN", true)));
        target.interfaces.put("k01-worker", List.of(iface("eth1", "DOWN", false)));
        List<Check> checks = List.of(port, nodeEnd);
        ProbeEngine engine = new ProbeEngine(target, new LabFacts("ceos01", checks, List.of()), clock, clock.sleeper(),
                Duration.ofSeconds(1), 1);
        // when
        List<CheckOutcome> outcomes = engine.run(checks, Duration.ofSeconds(30), o -> { });
        // then: both fail in the same round with the node end's cause
        assertThat(clock.slept()).isZero();
        assertThat(outcomes).extracting(CheckOutcome::observed).containsOnly("k01-worker eth1 (to ceos01) is DOWN (administratively down)");
    }
}
