package dev.labforge.runtime.clab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when told to; its sleeper advances it instead of sleeping. */
final class FakeClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T07:00:00Z");
    private Duration slept = Duration.ZERO;

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

    void advance(Duration d) {
        now = now.plus(d);
    }

    Waiter.Sleeper sleeper() {
        return d -> {
            slept = slept.plus(d);
            advance(d);
        };
    }

    Duration slept() {
        return slept;
    }
}
