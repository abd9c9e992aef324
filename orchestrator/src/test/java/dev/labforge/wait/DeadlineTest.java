package dev.labforge.wait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void remainingShrinksWithTheClockAndStopsAtZero() {
        // given
        Deadline d = Deadline.after(Duration.ofSeconds(10), clock);

        // when
        clock.advance(Duration.ofSeconds(4));

        // then
        assertThat(d.remaining()).isEqualTo(Duration.ofSeconds(6));
        assertThat(d.elapsed()).isEqualTo(Duration.ofSeconds(4));
        assertThat(d.expired()).isFalse();
        clock.advance(Duration.ofSeconds(7));
        assertThat(d.remaining()).isZero();
        assertThat(d.expired()).isTrue();
        assertThat(d.total()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void capNeverGivesACommandMoreThanIsLeft() {
        // given
        Deadline d = Deadline.after(Duration.ofSeconds(10), clock);
        clock.advance(Duration.ofSeconds(8));

        // then
        assertThat(d.cap(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.cap(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void withinGivesAPhaseItsBudgetButNeverMoreThanTheWholeRunHasLeft() {
        // given: a 60 s run, 50 s used
        Deadline run = Deadline.after(Duration.ofSeconds(60), clock);
        clock.advance(Duration.ofSeconds(50));

        // when
        Deadline shortPhase = run.within(Duration.ofSeconds(5));
        Deadline longPhase = run.within(Duration.ofMinutes(5));

        // then
        assertThat(shortPhase.total()).isEqualTo(Duration.ofSeconds(5));
        assertThat(longPhase.total()).isEqualTo(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(20));
        assertThat(run.within(Duration.ofSeconds(5)).total()).as("a run already over leaves nothing").isZero();
    }

    @Test
    void theMonotonicClockMovesForward() {
        // given
        Deadline d = Deadline.after(Duration.ofHours(1));

        // then
        assertThat(d.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(d.clock().instant()).isAfterOrEqualTo(Deadline.monotonic().instant().minusSeconds(1));
    }
}
