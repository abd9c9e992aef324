package dev.labforge.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwaitTest {
    private final FakeClock clock = new FakeClock();
    private final Await await = new Await(clock.sleeper(), Duration.ofSeconds(5));
    private final AtomicInteger looks = new AtomicInteger();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void returnsAsSoonAsTheConditionIsDoneWithItsValueAndTheTimeWaited() {
        // given: not yet twice, then done
        Condition<String> third = () -> looks.incrementAndGet() < 3 ? Answer.pending("not yet") : Answer.done("up");

        // when
        Outcome<String> outcome = await.until("x", Deadline.after(Duration.ofSeconds(60), clock), third);

        // then
        assertThat(outcome).isEqualTo(new Outcome.Done<>("up", Duration.ofSeconds(10)));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void timesOutAtTheDeadlineWithTheLastStateAndHowLongItLasted() {
        // given: Connect for the first 10 s, then Active
        Condition<Void> session = () -> looks.incrementAndGet() <= 3 ? Answer.pending("Connect") : Answer.pending("Active");

        // when
        Outcome<Void> outcome = await.until("bgp", Deadline.after(Duration.ofSeconds(27), clock), session);

        // then: looks at 0, 5, 10, 15, 20, 25, 27; Active since 15 s
        assertThat(outcome).isInstanceOfSatisfying(Outcome.TimedOut.class, t -> {
            assertThat(t.lastSeen()).isEqualTo("Active");
            assertThat(t.lastFor()).isEqualTo(Duration.ofSeconds(12));
            assertThat(t.waited()).isEqualTo(Duration.ofSeconds(27));
            assertThat(t.lastState()).isEqualTo("Active for 12 s");
        });
        assertThat(clock.sleeps()).endsWith(Duration.ofSeconds(2)).as("the last sleep is cut to the deadline");
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(27));
    }

    @Test
    void failedStopsAtOnceWithoutSleeping() {
        // when
        Outcome<Void> outcome = await.until("x", Deadline.after(Duration.ofSeconds(60), clock), () -> {
            looks.incrementAndGet();
            return Answer.failed("BIRD is not running");
        });

        // then
        assertThat(outcome).isEqualTo(new Outcome.Failed<>("BIRD is not running", Duration.ZERO));
        assertThat(looks).hasValue(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void anExpiredDeadlineStillLooksOnce() {
        // when
        Outcome<Void> outcome = await.until("x", Deadline.after(Duration.ZERO, clock), () -> {
            looks.incrementAndGet();
            return Answer.pending("Idle");
        });

        // then
        assertThat(looks).hasValue(1);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.TimedOut.class, t -> assertThat(t.lastState()).isEqualTo("Idle for 0.0 s"));
    }

    @Test
    void exceptionsGoToTheCallerUnlessTheConditionCallsThemPending() {
        // given
        Condition<Void> refused = () -> {
            throw new IllegalStateException("list nodes failed: Connection refused");
        };

        // when / then
        assertThatThrownBy(() -> await.until("x", Deadline.after(Duration.ofSeconds(10), clock), refused))
                .isInstanceOf(IllegalStateException.class);
        Outcome<Void> tolerated = await.until("x", Deadline.after(Duration.ofSeconds(10), clock),
                refused.pendingOn(IllegalStateException.class, e -> "cannot observe: " + e.getMessage()));
        assertThat(tolerated).isInstanceOfSatisfying(Outcome.TimedOut.class,
                t -> assertThat(t.lastSeen()).isEqualTo("cannot observe: list nodes failed: Connection refused"));
    }

    @Test
    void pendingOnLetsOtherExceptionsThrough() {
        // given
        Condition<Void> bug = () -> {
            throw new NullPointerException("bug");
        };

        // when / then
        assertThatThrownBy(() -> await.until("x", Deadline.after(Duration.ofSeconds(10), clock),
                bug.pendingOn(IllegalStateException.class, Throwable::getMessage))).isInstanceOf(NullPointerException.class);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void anInterruptedSleepEndsTheWaitAndKeepsTheFlag() {
        // given
        Await interrupted = new Await(d -> {
            throw new InterruptedException();
        }, Duration.ofSeconds(5));

        // when / then
        assertThatThrownBy(() -> interrupted.until("TigeraStatus", Deadline.after(Duration.ofSeconds(60), clock),
                () -> Answer.pending("no")))
                .isInstanceOf(InterruptedRunException.class)
                .hasMessage("interrupted while waiting for TigeraStatus");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anAlreadyInterruptedThreadDoesNotLook() {
        // given
        Thread.currentThread().interrupt();

        // when / then
        assertThatThrownBy(() -> await.until("x", Deadline.after(Duration.ofSeconds(60), clock), () -> {
            looks.incrementAndGet();
            return Answer.done(null);
        })).isInstanceOf(InterruptedRunException.class);
        assertThat(looks).hasValue(0);
    }

    @Test
    void aLookThatFailsBecauseOfAnInterruptIsReportedAsTheInterrupt() {
        // given: a command runner that notices the interrupt mid-command and throws its own exception
        Condition<Void> interruptedCommand = () -> {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("vtysh was killed");
        };

        // when / then
        assertThatThrownBy(() -> await.until("bgp", Deadline.after(Duration.ofSeconds(60), clock),
                interruptedCommand.pendingOn(IllegalStateException.class, Throwable::getMessage)))
                .isInstanceOf(InterruptedRunException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void theIntervalMustBePositive() {
        assertThatThrownBy(() -> new Await(clock.sleeper(), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
