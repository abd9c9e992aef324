package dev.labforge.runtime.clab;

import dev.labforge.probe.Sleeper;
import dev.labforge.workflow.InterruptedRunException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or a deadline passes. The check returns null when done, else a
 * short description of what it saw (kept for the timeout message). A check that throws is treated
 * as "not yet" (the API server may still be starting), and its message is kept too.
 */
public final class Waiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;

    public Waiter(Clock clock, Sleeper sleeper, Duration interval) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    public void await(String what, Instant deadline, Supplier<String> pending) {
        String last = "nothing observed yet";
        while (true) {
            try {
                String now = pending.get();
                if (now == null) {
                    return;
                }
                last = now;
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            Instant t = clock.instant();
            if (!t.isBefore(deadline)) {
                throw new PhaseTimeoutException(what, last);
            }
            Duration left = Duration.between(t, deadline);
            try {
                sleeper.sleep(left.compareTo(interval) < 0 ? left : interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedRunException("interrupted while waiting for " + what);
            }
        }
    }

    /** A wait ran out of time; carries the last observation. */
    public static final class PhaseTimeoutException extends RuntimeException {
        private final String lastObserved;

        public PhaseTimeoutException(String what, String lastObserved) {
            super("timed out waiting for " + what + "; last seen: " + lastObserved);
            this.lastObserved = lastObserved;
        }

        public String lastObserved() {
            return lastObserved;
        }
    }
}
