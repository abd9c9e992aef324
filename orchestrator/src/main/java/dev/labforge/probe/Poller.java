package dev.labforge.probe;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a probe until it passes, fails, or its deadline passes. Pending (and an
 * {@link ObservationException}) means look again after {@code interval}; Failed stops at once.
 * On timeout the outcome tells the last state seen and how long it lasted, e.g.
 * {@code peer 10.10.20.20: Active for 30 s, expected Established}.
 */
public final class Poller {

    private final LabProbeTarget target;
    private final Clock clock;
    private final Sleeper sleeper;

    public Poller(LabProbeTarget target, Clock clock, Sleeper sleeper) {
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A poller with the system clock and Thread.sleep. */
    public static Poller real(LabProbeTarget target) {
        return new Poller(target, Clock.systemUTC(), Sleeper.real());
    }

    /**
     * Looks at least once; then again every {@code interval} while Pending and before the deadline.
     *
     * @throws ProbeInterruptedException when the thread is interrupted (checked before each look and while sleeping)
     */
    public CheckOutcome await(Probe probe, Duration timeout, Duration interval) throws ProbeInterruptedException {
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        String last = null;
        Instant lastSince = start;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ProbeInterruptedException(probe.name());
            }
            ProbeResult result;
            try {
                result = probe.check(target);
            } catch (ObservationException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(probe, e);
                }
                result = ProbeResult.pending("cannot observe: " + e.getMessage());
            } catch (RuntimeException e) {
                // A command runner interrupted mid-command throws its own exception; report the interrupt.
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(probe, e);
                }
                throw e;
            }
            Instant now = clock.instant();
            Duration waited = Duration.between(start, now);
            if (result instanceof ProbeResult.Passed passed) {
                return new CheckOutcome(probe.name(), probe.expected(), passed.observed(), Verdict.PASSED, waited);
            }
            if (result instanceof ProbeResult.Failed failed) {
                return new CheckOutcome(probe.name(), probe.expected(), failed.observed(), Verdict.FAILED, waited);
            }
            String observed = result.observed();
            if (!observed.equals(last)) {
                last = observed;
                lastSince = now;
            }
            if (!now.isBefore(deadline)) {
                String text = last + " for " + seconds(Duration.between(lastSince, now)) + ", expected " + probe.expected();
                return new CheckOutcome(probe.name(), probe.expected(), text, Verdict.FAILED, waited);
            }
            Duration left = Duration.between(now, deadline);
            try {
                sleeper.sleep(interval.compareTo(left) < 0 ? interval : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(probe, e);
            }
        }
    }

    /**
     * Awaits probes in order under one shared deadline: each gets what is left of {@code timeout}
     * (and always at least one look), so a slow first check cannot make the run exceed the budget by
     * more than one look per remaining check. Each outcome goes to {@code listener} as it ends.
     */
    public List<CheckOutcome> awaitAll(List<? extends Probe> probes, Duration timeout, Duration interval,
            Consumer<CheckOutcome> listener) throws ProbeInterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        List<CheckOutcome> out = new ArrayList<>();
        for (Probe p : probes) {
            Duration left = Duration.between(clock.instant(), deadline);
            CheckOutcome outcome = await(p, left.isNegative() ? Duration.ZERO : left, interval);
            out.add(outcome);
            listener.accept(outcome);
        }
        return out;
    }

    private static ProbeInterruptedException interrupted(Probe probe, Throwable cause) {
        ProbeInterruptedException e = new ProbeInterruptedException(probe.name());
        e.initCause(cause);
        return e;
    }

    /** "0.4 s" below ten seconds, "30 s" above. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return Math.round(ms / 1000.0) + " s";
    }
}
