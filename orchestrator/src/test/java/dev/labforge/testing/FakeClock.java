package dev.labforge.testing;

import dev.labforge.wait.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when told; its sleeper advances it instead of sleeping, so tests never wait. */
public final class FakeClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T07:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Records each sleep and moves the clock by it. */
    public Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            advance(d);
        };
    }

    /** Every sleep asked for, in order. */
    public List<Duration> sleeps() {
        return sleeps;
    }

    /** The total time slept. */
    public Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
