package dev.labforge.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when told; its sleeper advances it instead of sleeping. */
final class FakeClock extends Clock {

    private Instant now = Instant.parse("2026-11-26T07:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    void advance(Duration d) {
        now = now.plus(d);
    }

    Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            advance(d);
        };
    }

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
}
