package dev.labforge.wait;

import java.time.Duration;

/** How a wait passes time between looks. Tests inject one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Thread.sleep: returns early with InterruptedException when the thread is interrupted. */
    static Sleeper real() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()));
    }
}
