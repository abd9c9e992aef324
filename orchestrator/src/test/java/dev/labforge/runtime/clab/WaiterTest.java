package dev.labforge.runtime.clab;

import dev.labforge.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaiterTest {
    final FakeClock clock = new FakeClock();
    final Waiter waiter = new Waiter(clock, clock.sleeper(), Duration.ofSeconds(5));

    @Test
    void returnsAsSoonAsTheCheckHolds() {
        // given
        int[] calls = {0};

        // when
        waiter.await("x", clock.instant().plusSeconds(60), () -> ++calls[0] < 3 ? "not yet" : null);

        // then
        assertThat(calls[0]).isEqualTo(3);
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void timesOutAtTheDeadlineWithTheLastObservation() {
        // given
        Instant deadline = clock.instant().plusSeconds(12);
        int[] calls = {0};

        // when / then
        assertThatThrownBy(() -> waiter.await("TigeraStatus", deadline, () -> "seen " + ++calls[0]))
                .isInstanceOf(Waiter.PhaseTimeoutException.class)
                .hasMessage("timed out waiting for TigeraStatus; last seen: seen 4");
        // slept 5 + 5 + 2: never past the deadline
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aCheckThatThrowsIsRetriedAndItsMessageKept() {
        // when / then
        assertThatThrownBy(() -> waiter.await("the API server", clock.instant().plusSeconds(5), () -> {
            throw new KubeApiException("list nodes failed: Connection refused", null);
        })).hasMessageEndingWith("last seen: list nodes failed: Connection refused");
    }

    @Test
    void anInterruptStopsTheWait() {
        // given
        Waiter interrupted = new Waiter(clock, d -> {
            throw new InterruptedException();
        }, Duration.ofSeconds(5));

        // when / then
        assertThatThrownBy(() -> interrupted.await("x", clock.instant().plusSeconds(60), () -> "no"))
                .isInstanceOf(dev.labforge.workflow.InterruptedRunException.class).hasMessageContaining("interrupted while waiting for x");
        assertThat(Thread.interrupted()).isTrue();
    }
}
