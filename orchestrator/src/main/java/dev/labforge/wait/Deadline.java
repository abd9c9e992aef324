package dev.labforge.wait;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A point in time by which something must be done, on a {@link Clock} (the {@link #monotonic()} one in
 * real runs, a fake one in tests). Immutable: {@link #within} gives a sooner deadline for one part of the
 * work (a phase inside the whole `lab up` budget).
 */
public final class Deadline {
    private static final Clock MONOTONIC = new MonotonicClock();

    private final Clock clock;
    private final Instant start;
    private final Instant end;

    private Deadline(Clock clock, Instant start, Instant end) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = start;
        this.end = end;
    }

    /** {@code total} from now on {@code clock}. */
    public static Deadline after(Duration total, Clock clock) {
        Instant now = clock.instant();
        return new Deadline(clock, now, now.plus(total.isNegative() ? Duration.ZERO : total));
    }

    /** {@code total} from {@code start} (a moment already passed, on {@code clock}): time spent since then counts. */
    public static Deadline since(Instant start, Duration total, Clock clock) {
        return new Deadline(clock, start, start.plus(total.isNegative() ? Duration.ZERO : total));
    }

    /** {@code total} from now on the monotonic clock (not moved by NTP or the user setting the time). */
    public static Deadline after(Duration total) {
        return after(total, MONOTONIC);
    }

    /** The clock real waits measure time with: it never jumps. */
    public static Clock monotonic() {
        return MONOTONIC;
    }

    public Clock clock() {
        return clock;
    }

    /** How long this deadline gave when it was set. */
    public Duration total() {
        return Duration.between(start, end);
    }

    public Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    /** Time left; zero once passed. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean expired() {
        return !clock.instant().isBefore(end);
    }

    /** {@code usual}, but never past this deadline: the timeout for one command run under it. */
    public Duration cap(Duration usual) {
        Duration left = remaining();
        return left.compareTo(usual) < 0 ? left : usual;
    }

    /** The sooner of this deadline and {@code budget} from now: one phase's deadline inside the whole run's. */
    public Deadline within(Duration budget) {
        Instant now = clock.instant();
        Instant phaseEnd = now.plus(budget);
        return new Deadline(clock, now, phaseEnd.isBefore(end) ? phaseEnd : end.isBefore(now) ? now : end);
    }

    @Override
    public String toString() {
        return "deadline in " + Durations.text(remaining()) + " of " + Durations.text(total());
    }

    /** System.nanoTime as a Clock: instants on it are only compared with each other, never shown as dates. */
    private static final class MonotonicClock extends Clock {
        private final Instant origin = Instant.now();
        private final long originNanos = System.nanoTime();

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return origin.plusNanos(System.nanoTime() - originNanos);
        }
    }
}
