package dev.labforge.wait;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Asks a {@link Condition} until it is Done or Failed, or its {@link Deadline} passes: always at least
 * once, then again every {@code interval} (the last sleep cut to the deadline). On timeout the
 * {@link Outcome.TimedOut} tells the last thing seen and how long it had been seen unchanged.
 * An interrupt (checked before each look, while sleeping, and when a look throws) ends the wait with
 * {@link InterruptedRunException}. Exceptions from a look go to the caller; a condition that wants to
 * treat some as "not yet" says so with {@link Condition#pendingOn}.
 */
public final class Await {
    private final Sleeper sleeper;
    private final Duration interval;

    public Await(Sleeper sleeper, Duration interval) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval between looks must be positive: " + interval);
        }
    }

    /** Real sleeps, a look every {@code interval}. */
    public static Await every(Duration interval) {
        return new Await(Sleeper.real(), interval);
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Waits for {@code condition} under {@code deadline}; {@code what} names it in an interrupt message
     * ("interrupted while waiting for {what}").
     */
    public <T> Outcome<T> until(String what, Deadline deadline, Condition<T> condition) {
        Instant start = deadline.clock().instant();
        String last = null;
        Instant lastSince = start;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedRunException("interrupted while waiting for " + what);
            }
            Answer<T> answer;
            try {
                answer = condition.check();
            } catch (RuntimeException e) {
                // A command interrupted half-way fails in its own way; what counts is the interrupt.
                if (Thread.currentThread().isInterrupted() && !(e instanceof InterruptedRunException)) {
                    throw new InterruptedRunException("interrupted while waiting for " + what, e);
                }
                throw e;
            }
            Instant now = deadline.clock().instant();
            Duration waited = Duration.between(start, now);
            if (answer instanceof Answer.Done<T> done) {
                return new Outcome.Done<>(done.value(), waited);
            }
            if (answer instanceof Answer.Failed<T> failed) {
                return new Outcome.Failed<>(failed.why(), waited);
            }
            String seen = ((Answer.Pending<T>) answer).seen();
            if (!seen.equals(last)) {
                last = seen;
                lastSince = now;
            }
            if (deadline.expired()) {
                return new Outcome.TimedOut<>(last, Duration.between(lastSince, now), waited);
            }
            try {
                sleeper.sleep(deadline.cap(interval));
            } catch (InterruptedException e) {
                throw InterruptedRunException.restore("waiting for " + what, e);
            }
        }
    }
}
