package dev.labforge.probe;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Condition;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Outcome;
import dev.labforge.wait.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a probe until it passes, fails, or its deadline passes ({@link Await}). Pending (and an
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

    /** A poller with the monotonic clock and Thread.sleep. */
    public static Poller real(LabProbeTarget target) {
        return new Poller(target, Deadline.monotonic(), Sleeper.real());
    }

    /**
     * Looks at least once; then again every {@code interval} while Pending and before the deadline.
     *
     * @throws dev.labforge.wait.InterruptedRunException when the thread is interrupted
     */
    public CheckOutcome await(Probe probe, Duration timeout, Duration interval) {
        Condition<String> look = () -> {
            ProbeResult r = probe.check(target);
            if (r instanceof ProbeResult.Passed) {
                return Answer.done(r.observed());
            }
            return r instanceof ProbeResult.Failed ? Answer.failed(r.observed()) : Answer.pending(r.observed());
        };
        Outcome<String> outcome = new Await(sleeper, interval).until("check '" + probe.name() + "'",
                Deadline.after(timeout, clock),
                look.pendingOn(ObservationException.class, e -> "cannot observe: " + e.getMessage()));
        if (outcome instanceof Outcome.Done<String> done) {
            return new CheckOutcome(probe.name(), probe.expected(), done.value(), Verdict.PASSED, done.waited());
        }
        String observed = outcome instanceof Outcome.Failed<String> failed ? failed.why()
                : ((Outcome.TimedOut<String>) outcome).lastState() + ", expected " + probe.expected();
        return new CheckOutcome(probe.name(), probe.expected(), observed, Verdict.FAILED, outcome.waited());
    }

    /**
     * Awaits probes in order under one shared deadline: each gets what is left of {@code timeout}
     * (and always at least one look), so a slow first check cannot make the run exceed the budget by
     * more than one look per remaining check. Each outcome goes to {@code listener} as it ends.
     */
    public List<CheckOutcome> awaitAll(List<? extends Probe> probes, Duration timeout, Duration interval,
            Consumer<CheckOutcome> listener) {
        Deadline deadline = Deadline.after(timeout, clock);
        List<CheckOutcome> out = new ArrayList<>();
        for (Probe p : probes) {
            CheckOutcome outcome = await(p, deadline.remaining(), interval);
            out.add(outcome);
            listener.accept(outcome);
        }
        return out;
    }
}
