package dev.labforge.runtime.netns;

import dev.labforge.runtime.DeployException;
import java.time.Duration;

/** The time left for one deploy; every command gets at most that much. */
final class Deadline {
    private final long endNanos;
    private final Duration total;

    Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** The command timeout: the usual one, but never past the deadline. */
    Duration cap(Duration usual) {
        Duration left = remaining();
        return left.compareTo(usual) < 0 ? left : usual;
    }

    void check(String step) {
        if (remaining().isZero()) {
            throw new DeployException("deploy did not finish within " + total.toSeconds() + " s (during step " + step
                    + "); raise --timeout or look at the step's output");
        }
    }
}
