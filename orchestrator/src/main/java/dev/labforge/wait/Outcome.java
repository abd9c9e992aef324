package dev.labforge.wait;

import java.time.Duration;
import java.util.function.Function;

/**
 * How a wait ended, with how long it took ({@code waited}). {@link TimedOut} keeps the last thing seen
 * and how long it had been like that, so a report can say {@code Active for 30 s} instead of "timeout".
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Failed, Outcome.TimedOut {

    Duration waited();

    record Done<T>(T value, Duration waited) implements Outcome<T> {
    }

    record Failed<T>(String why, Duration waited) implements Outcome<T> {
    }

    /** @param lastSeen what the last look showed; {@code lastFor} how long the looks had shown just that */
    record TimedOut<T>(String lastSeen, Duration lastFor, Duration waited) implements Outcome<T> {

        /** {@code Active for 30 s}. */
        public String lastState() {
            return lastSeen + " for " + Durations.text(lastFor);
        }
    }

    /** The value when done; otherwise the exception {@code failure} makes of this outcome. */
    default T orElseThrow(Function<Outcome<T>, ? extends RuntimeException> failure) {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw failure.apply(this);
    }
}
