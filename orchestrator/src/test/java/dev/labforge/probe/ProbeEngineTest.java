package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.testing.FakeClock;
import dev.labforge.wait.InterruptedRunException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rounds: fake clock (no sleeping), fake lab. */
class ProbeEngineTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final FakeClock clock = new FakeClock();
    private final FakeTarget target = new FakeTarget();
    private final BgpSessionCheck session = EvaluatorsTest.torSession("10.10.20.20", "k01-worker3", 2);
    private final List<CheckOutcome> ended = new ArrayList<>();

    private ProbeEngine engine(List<? extends Check> checks) {
        return new ProbeEngine(target, new LabFacts("ceos01", checks, List.of()), clock, clock.sleeper(), SECOND, 1);
    }

    private List<CheckOutcome> run(List<? extends Check> checks, Duration budget) {
        return engine(checks).run(checks, budget, ended::add);
    }

    private CheckOutcome runOne(Check check, Duration budget) {
        return run(List.of(check), budget).get(0);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void pendingIsLookedAtAgainEachRoundUntilItPasses() {
        // given: Active twice, then Established with both prefixes
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() < 3
                ? List.of(FakeTarget.peer("10.10.20.20", "Active", 0))
                : List.of(FakeTarget.peer("10.10.20.20", "Established", 2));

        // when
        CheckOutcome outcome = runOne(session, Duration.ofSeconds(30));

        // then
        assertThat(outcome).isEqualTo(new CheckOutcome("bgp ceos01 <- 10.10.20.20 (k01-worker3)", "bgp",
                "Established, 2 prefixes received", "peer 10.10.20.20: Established, 2 prefixes received", Verdict.PASSED,
                Duration.ofSeconds(2)));
        assertThat(looks).hasValue(3);
        assertThat(ended).containsExactly(outcome);
    }

    @Test
    void timeoutReportsTheLastStateAndHowLongItLasted() {
        // given: Connect for 20 s, then Active for good
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() <= 20
                ? List.of(FakeTarget.peer("10.10.20.20", "Connect", 0))
                : List.of(FakeTarget.peer("10.10.20.20", "Active", 0));

        // when
        CheckOutcome outcome = runOne(session, Duration.ofSeconds(30));

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).isEqualTo("peer 10.10.20.20: Active for 10 s, expected Established, 2 prefixes received");
        assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(30));
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void observationErrorsArePendingAndShownOnTimeout() {
        // given
        target.torPeersSupplier = () -> {
            throw new ObservationException("vtysh exited 1: Connection refused");
        };

        // when
        CheckOutcome outcome = runOne(session, Duration.ofMillis(2500));

        // then
        assertThat(outcome.observed()).isEqualTo(
                "cannot observe: vtysh exited 1: Connection refused for 2.5 s, expected Established, 2 prefixes received");
        assertThat(clock.sleeps()).containsExactly(SECOND, SECOND, Duration.ofMillis(500));
    }

    @Test
    void aTryThatCannotObserveDoesNotHideWhatAnEarlierTrySaw() {
        // given: Active, then the ToR cannot be asked any more (as a ping cut off by the end of the budget)
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> {
            if (looks.incrementAndGet() < 3) {
                return List.of(FakeTarget.peer("10.10.20.20", "Active", 0));
            }
            throw new ObservationException("timed out after 0.9 s");
        };

        // when
        CheckOutcome outcome = runOne(session, Duration.ofSeconds(10));

        // then
        assertThat(looks.get()).isGreaterThan(3);
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).startsWith("peer 10.10.20.20: Active for").doesNotContain("cannot observe");
    }

    @Test
    void aZeroBudgetLooksExactlyOnce() {
        // given
        target.torPeers = List.of(FakeTarget.peer("10.10.20.20", "Idle", 0));

        // when
        CheckOutcome outcome = runOne(session, Duration.ZERO);

        // then
        assertThat(target.observations).isEqualTo(1);
        assertThat(outcome.observed()).startsWith("peer 10.10.20.20: Idle for 0.0 s");
    }

    @Test
    void failedStopsThatCheckAtOnce() {
        // given
        target.torPeers = List.of(new BgpPeerState("10.10.20.20", 65010, "Established", 0, "(Policy)", ""));

        // when
        CheckOutcome outcome = runOne(session, Duration.ofSeconds(30));

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).contains("(Policy)").doesNotContain(", expected");
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void eachRoundReadsEachTargetOnceForAllItsChecks() {
        // given: three route checks on one node, two on the ToR, and a ToR session
        List<Check> checks = List.of(session,
                RouteCheck.via("ceos01", Side.TOR, "192.168.46.128/26", List.of("10.10.20.20")),
                RouteCheck.of("ceos01", Side.TOR, "10.10.20.0/24", RouteCheck.Kind.CONNECTED),
                RouteCheck.via("k01-worker", Side.NODE, "192.168.46.128/26", List.of("10.10.10.1")),
                RouteCheck.via("k01-worker", Side.NODE, "192.168.88.192/26", List.of("10.10.10.1")),
                RouteCheck.of("k01-worker", Side.NODE, "192.168.42.192/26", RouteCheck.Kind.BLACKHOLE));

        // when: nothing ever converges, two rounds
        run(checks, SECOND);

        // then
        assertThat(target.reads).containsExactlyInAnyOrder("tor bgp", "tor routes", "k01-worker routes",
                "tor bgp", "tor routes", "k01-worker routes");
    }

    @Test
    void aDeadDaemonFailsItsChecksAtOnceWithItsCauseAndTheOthersStillPass() {
        // given: a converged lab whose k01-worker3 BIRD was killed; the ToR has withdrawn its route
        BgpSessionCheck other = EvaluatorsTest.torSession("10.10.10.11", "k01-worker", 2);
        BgpSessionCheck nodeSide = new BgpSessionCheck("k01-worker3", Side.NODE, "10.10.20.1", "ceos01", -1, null, true, true);
        RouteCheck learned = RouteCheck.via("ceos01", Side.TOR, "192.168.46.128/26", List.of("10.10.20.20"));
        RouteCheck kept = RouteCheck.via("ceos01", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11"));
        PingCheck across = new PingCheck("ceos01", "multitool-1@k01-worker3", 63, true, true);
        List<Check> checks = List.of(session, other, nodeSide, learned, kept, across);
        target.torPeers = List.of(FakeTarget.peer("10.10.20.20", "Active", 0), FakeTarget.peer("10.10.10.11", "Established", 2));
        target.torRoutes = List.of(FakeTarget.via("192.168.42.192/26", "10.10.10.11"));
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        target.addresses.put("ceos01", "10.10.10.1");
        target.pingResult = new PingResult("192.168.46.129", 3, 0, List.of(), "");
        String cause = "k01-worker3: BIRD is not running (pid 30795 gone)";
        target.dead.put(Daemon.node("k01-worker3"), cause);

        // when
        List<CheckOutcome> outcomes = run(checks, Duration.ofSeconds(30));

        // then: no waiting for the deadline, the cause named on each dependent check
        assertThat(clock.slept()).isZero();
        assertThat(outcomes).extracting(CheckOutcome::verdict).containsExactly(Verdict.FAILED, Verdict.PASSED, Verdict.FAILED,
                Verdict.FAILED, Verdict.PASSED, Verdict.FAILED);
        assertThat(outcomes.get(0).observed()).isEqualTo(cause);
        assertThat(outcomes.get(2).observed()).isEqualTo(cause);
        assertThat(outcomes.get(3).observed()).isEqualTo(cause);
        assertThat(outcomes.get(5).observed()).isEqualTo(cause);
        assertThat(target.reads).doesNotContain("k01-worker3 bgp");
    }

    @Test
    void pingsWaitUntilTheSnapshotChecksHaveSettled() {
        // given: the session comes up in the third round
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() < 3
                ? List.of()
                : List.of(FakeTarget.peer("10.10.20.20", "Established", 2));
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        target.pingResult = new PingResult("192.168.46.129", 3, 3, List.of(63, 63, 63), "");
        PingCheck ping = new PingCheck("ceos01", "multitool-1@k01-worker3", 63, true, true);

        // when
        List<CheckOutcome> outcomes = run(List.of(session, ping), Duration.ofSeconds(30));

        // then: one ping, after the session
        assertThat(target.pings).hasSize(1);
        assertThat(outcomes).allMatch(CheckOutcome::passed);
        assertThat(ended).extracting(CheckOutcome::name).containsExactly(session.name(), ping.name());
    }

    @Test
    void aPingThatNeverGotToActBeforeTheDeadlineGetsOneLook() {
        // given: a session that never comes up
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        target.pingResult = new PingResult("192.168.46.129", 3, 0, List.of(), "");
        PingCheck ping = new PingCheck("ceos01", "multitool-1@k01-worker3", 63, true, true);

        // when
        List<CheckOutcome> outcomes = run(List.of(session, ping), Duration.ofSeconds(3));

        // then
        assertThat(target.pings).hasSize(1);
        assertThat(outcomes.get(1).observed()).isEqualTo("no reply from 192.168.46.129 (3 sent) for 0.0 s, expected replies with ttl 63");
    }

    @Test
    void aPingMayTakeOnlyWhatIsLeftOfTheBudgetAndALastLookAtTheDeadlineIsShort() {
        // given: a session that comes up after two rounds, and a ping that never gets a reply
        target.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        target.pingResult = new PingResult("192.168.46.129", 3, 0, List.of(), "");
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() < 3 ? List.of() : List.of(FakeTarget.peer("10.10.20.20", "Established", 2));
        PingCheck ping = new PingCheck("ceos01", "multitool-1@k01-worker3", 63, true, true);

        // when: a 3 s budget, rounds a second apart
        run(List.of(session, ping), Duration.ofSeconds(3));

        // then the first ping (at 2 s) may take the 1 s left, the one at the deadline a short last look, never the usual 10 s
        assertThat(target.pingLimits).containsExactly(Duration.ofSeconds(1), ProbeEngine.LAST_ACT);
    }

    @Test
    void anAbsencePassesOnlyOnceTheLabHasSettled() {
        // given: a session nobody selected, which comes up in the second round while another is still converging
        BgpSessionCheck none = new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.10", "k01-control-plane", -1, null, false, true);
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() < 2
                ? List.of()
                : List.of(FakeTarget.peer("10.10.10.10", "Established", 0), FakeTarget.peer("10.10.20.20", "Established", 2));

        // when
        List<CheckOutcome> outcomes = run(List.of(session, none), Duration.ofSeconds(30));

        // then
        assertThat(outcomes.get(1).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcomes.get(1).observed()).contains("no BGPPeer selects k01-control-plane");
    }

    @Test
    void outcomesComeBackInPlanOrder() {
        // given: the second check passes at once, the first later
        RouteCheck connected = RouteCheck.of("ceos01", Side.TOR, "10.10.20.0/24", RouteCheck.Kind.CONNECTED);
        target.torRoutes = List.of(new RouteEntry("10.10.20.0/24", "unicast", "kernel", List.of(), "br20"));
        AtomicInteger looks = new AtomicInteger();
        target.torPeersSupplier = () -> looks.incrementAndGet() < 2 ? List.of() : List.of(FakeTarget.peer("10.10.20.20", "Established", 2));

        // when
        List<CheckOutcome> outcomes = run(List.of(session, connected), Duration.ofSeconds(30));

        // then
        assertThat(outcomes).extracting(CheckOutcome::name).containsExactly(session.name(), connected.name());
        assertThat(ended).extracting(CheckOutcome::name).containsExactly(connected.name(), session.name());
    }

    @Test
    void anInterruptedSleepEndsTheRunAndKeepsTheFlag() {
        // given
        ProbeEngine interrupting = new ProbeEngine(target, new LabFacts("ceos01", List.of(), List.of()), clock, d -> {
            throw new InterruptedException("sleep interrupted");
        }, SECOND, 1);

        // when / then
        assertThatThrownBy(() -> interrupting.run(List.of(session), Duration.ofSeconds(30), ended::add))
                .isInstanceOf(InterruptedRunException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aCommandInterruptedDuringALookIsReportedAsTheInterrupt() {
        // given: the runner notices the interrupt mid-command, restores the flag and throws its own exception
        target.torPeersSupplier = () -> {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("vtysh was killed");
        };

        // when / then
        assertThatThrownBy(() -> run(List.of(session), Duration.ofSeconds(30)))
                .isInstanceOf(InterruptedRunException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void bugsAreNotHiddenAsPending() {
        // given
        target.torPeersSupplier = () -> {
            throw new NullPointerException("bug");
        };

        // when / then
        assertThatThrownBy(() -> run(List.of(session), Duration.ofSeconds(30))).isInstanceOf(NullPointerException.class);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void snapshotsAndPingsRunSideBySideOnSeveralThreads() {
        // given: two nodes whose reads each wait for the other one to start
        CountDownLatch both = new CountDownLatch(2);
        FakeTarget meeting = new FakeTarget() {
            @Override
            public List<RouteEntry> nodeRoutes(String node) {
                both.countDown();
                try {
                    both.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(new RouteEntry("192.168.0.0/26", "blackhole", "bird", List.of(), ""));
            }
        };
        List<Check> checks = List.of(RouteCheck.of("a", Side.NODE, "192.168.0.0/26", RouteCheck.Kind.BLACKHOLE),
                RouteCheck.of("b", Side.NODE, "192.168.0.0/26", RouteCheck.Kind.BLACKHOLE));
        ProbeEngine sideBySide = new ProbeEngine(meeting, new LabFacts("tor", checks, List.of()), clock, clock.sleeper(), SECOND, 4);

        // when
        List<CheckOutcome> outcomes = sideBySide.run(checks, Duration.ofSeconds(30), ended::add);

        // then: had they run one after the other, each would have waited 10 s for the other
        assertThat(both.getCount()).isZero();
        assertThat(outcomes).allMatch(CheckOutcome::passed);
    }

    @Test
    void theRealSleeperReturnsPromptlyWhenTheThreadIsInterrupted() throws Exception {
        // given: real time, an hour between rounds
        CountDownLatch looked = new CountDownLatch(1);
        target.torPeersSupplier = () -> {
            looked.countDown();
            return List.of();
        };
        ProbeEngine real = new ProbeEngine(target, new LabFacts("ceos01", List.of(), List.of()),
                dev.labforge.wait.Deadline.monotonic(), dev.labforge.wait.Sleeper.real(), Duration.ofHours(1), 1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                real.run(List.of(session), Duration.ofHours(2), o -> { });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertThat(looked.await(30, TimeUnit.SECONDS)).isTrue();

        // when
        t.interrupt();
        t.join(TimeUnit.SECONDS.toMillis(30));

        // then
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedRunException.class);
    }
}
