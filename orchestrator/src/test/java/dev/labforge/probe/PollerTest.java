package dev.labforge.probe;

import dev.labforge.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.wait.InterruptedRunException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PollerTest {

    private final FakeClock clock = new FakeClock();
    private final FakeTarget target = new FakeTarget();
    private final Poller poller = new Poller(target, clock, clock.sleeper());
    private final TorSessionProbe probe = new TorSessionProbe("ceos01", "k01-worker3", "10.10.20.20", 65010, 2);

    @Test
    void pendingIsRetriedUntilItPasses() {
        // given: Active twice, then Established with both prefixes
        AtomicInteger calls = new AtomicInteger();
        target.torPeersSupplier = () -> calls.incrementAndGet() < 3
                ? List.of(FakeTarget.peer("10.10.20.20", "Active", 0))
                : List.of(FakeTarget.peer("10.10.20.20", "Established", 2));
        // when
        CheckOutcome outcome = await(Duration.ofSeconds(30), Duration.ofSeconds(1));
        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(outcome.observed()).isEqualTo("peer 10.10.20.20: Established, 2 prefixes received");
        assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(2));
        assertThat(calls).hasValue(3);
    }

    @Test
    void timeoutReportsTheLastStateAndHowLongItLasted() {
        // given: never comes up
        target.torPeers = List.of(FakeTarget.peer("10.10.20.20", "Active", 0));
        // when
        CheckOutcome outcome = await(Duration.ofSeconds(30), Duration.ofSeconds(1));
        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed())
                .isEqualTo("peer 10.10.20.20: Active for 30 s, expected Established, 2 prefixes received");
        assertThat(outcome.waited()).isEqualTo(Duration.ofSeconds(30));
        assertThat(clock.sleeps()).hasSize(30).allMatch(d -> d.equals(Duration.ofSeconds(1)));
    }

    @Test
    void timeoutCountsOnlyHowLongTheLastStateLasted() {
        // given: Connect for 20 s, then Active
        AtomicInteger calls = new AtomicInteger();
        target.torPeersSupplier = () -> calls.incrementAndGet() <= 20
                ? List.of(FakeTarget.peer("10.10.20.20", "Connect", 0))
                : List.of(FakeTarget.peer("10.10.20.20", "Active", 0));
        // when
        CheckOutcome outcome = await(Duration.ofSeconds(30), Duration.ofSeconds(1));
        // then
        assertThat(outcome.observed()).startsWith("peer 10.10.20.20: Active for 10 s,");
    }

    @Test
    void lastSleepIsCutToTheDeadline() {
        // given
        target.torPeers = List.of();
        // when
        CheckOutcome outcome = await(Duration.ofMillis(2500), Duration.ofSeconds(1));
        // then
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500));
        assertThat(outcome.observed()).isEqualTo("peer 10.10.20.20: no session for 2.5 s, expected Established, 2 prefixes received");
    }

    @Test
    void failedStopsAtOnce() {
        // given
        target.torPeers = List.of(new BgpPeerState("10.10.20.20", 65010, "Established", 0, "(Policy)", ""));
        // when
        CheckOutcome outcome = await(Duration.ofSeconds(30), Duration.ofSeconds(1));
        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).contains("(Policy)").doesNotContain(", expected Established");
        assertThat(clock.sleeps()).isEmpty();
        assertThat(target.observations).isEqualTo(1);
    }

    @Test
    void observationErrorsArePendingAndShownOnTimeout() {
        // given
        target.torPeersSupplier = () -> {
            throw new ObservationException("vtysh exited 1: Connection refused");
        };
        // when
        CheckOutcome outcome = await(Duration.ofSeconds(3), Duration.ofSeconds(1));
        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).isEqualTo(
                "cannot observe: vtysh exited 1: Connection refused for 3.0 s, expected Established, 2 prefixes received");
    }

    @Test
    void zeroTimeoutLooksExactlyOnce() {
        // given
        target.torPeers = List.of(FakeTarget.peer("10.10.20.20", "Idle", 0));
        // when
        CheckOutcome outcome = await(Duration.ZERO, Duration.ofSeconds(1));
        // then
        assertThat(target.observations).isEqualTo(1);
        assertThat(outcome.observed()).startsWith("peer 10.10.20.20: Idle for 0.0 s");
    }

    @Test
    void interruptedSleepThrowsInterruptedRunException() {
        // given
        target.torPeers = List.of();
        Poller interrupting = new Poller(target, clock, d -> {
            throw new InterruptedException("sleep interrupted");
        });
        try {
            // when / then
            assertThatThrownBy(() -> interrupting.await(probe, Duration.ofSeconds(30), Duration.ofSeconds(1)))
                    .isInstanceOf(InterruptedRunException.class)
                    .hasMessageContaining("bgp ceos01 <- 10.10.20.20 (k01-worker3)");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void commandInterruptedDuringALookIsReportedAsInterrupt() {
        // given: the runner notices the interrupt mid-command, restores the flag and throws its own exception
        target.torPeersSupplier = () -> {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running vtysh");
        };
        try {
            // when / then
            assertThatThrownBy(() -> poller.await(probe, Duration.ofSeconds(30), Duration.ofSeconds(1)))
                    .isInstanceOf(InterruptedRunException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void bugsInAProbeAreNotHiddenAsPending() {
        // given
        target.torPeersSupplier = () -> {
            throw new NullPointerException("bug");
        };
        // when / then
        assertThatThrownBy(() -> poller.await(probe, Duration.ofSeconds(30), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void alreadyInterruptedThreadDoesNotLook() {
        // given
        Thread.currentThread().interrupt();
        try {
            // when / then
            assertThatThrownBy(() -> poller.await(probe, Duration.ofSeconds(30), Duration.ofSeconds(1)))
                    .isInstanceOf(InterruptedRunException.class);
            assertThat(target.observations).isZero();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void realSleeperReturnsPromptlyWhenTheThreadIsInterrupted() throws Exception {
        // given: a poller with the real sleeper and an hour-long interval
        target.torPeers = List.of();
        Poller real = Poller.real(target);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch looked = new CountDownLatch(1);
        target.torPeersSupplier = () -> {
            looked.countDown();
            return List.of();
        };
        Thread t = new Thread(() -> {
            try {
                real.await(probe, Duration.ofHours(2), Duration.ofHours(1));
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

    @Test
    void awaitAllSharesOneDeadline() {
        // given: two probes that never pass
        target.torPeers = List.of();
        List<Probe> probes = List.of(probe, new TorSessionProbe("ceos01", "k01-worker", "10.10.10.11", 65010, 2));
        List<CheckOutcome> seen = new ArrayList<>();
        // when
        List<CheckOutcome> outcomes = poller.awaitAll(probes, Duration.ofSeconds(10), Duration.ofSeconds(1), seen::add);
        // then: the first uses the whole budget, the second gets one look
        assertThat(outcomes).containsExactlyElementsOf(seen);
        assertThat(outcomes.get(0).waited()).isEqualTo(Duration.ofSeconds(10));
        assertThat(outcomes.get(1).waited()).isEqualTo(Duration.ZERO);
        assertThat(outcomes).allMatch(CheckOutcome::failed);
    }

    private CheckOutcome await(Duration timeout, Duration interval) {
        return poller.await(probe, timeout, interval);
    }
}
