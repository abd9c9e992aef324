package dev.labforge.runtime.clab;

import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Condition;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import dev.labforge.wait.Outcome;
import java.util.function.Supplier;

/**
 * How the clab deploy steps wait ({@link Await}): a step's look answers null when done, else what it saw;
 * a look that throws counts as "not yet" (the API server may still be starting), its message kept. Running
 * out of the phase's time is {@link TimedOutException} with the last thing seen and how long it lasted.
 */
final class PhaseWait {
    private final Await await;

    PhaseWait(Await await) {
        this.await = await;
    }

    void await(String what, Deadline deadline, Supplier<String> pending) {
        Condition<Boolean> done = () -> {
            String seen = pending.get();
            return seen == null ? Answer.done(true) : Answer.pending(seen);
        };
        Outcome<Boolean> outcome = await.until(what, deadline, done.pendingOn(RuntimeException.class, RuntimeException::getMessage));
        if (outcome instanceof Outcome.TimedOut<Boolean> t) {
            throw new TimedOutException("timed out waiting for " + what + "; last seen: " + t.lastSeen()
                    + " (for " + Durations.text(t.lastFor()) + ")");
        }
    }

    /** A wait of a step ran out of its phase's time; the step runner names the phase. */
    static final class TimedOutException extends RuntimeException {
        TimedOutException(String message) {
            super(message);
        }
    }
}
