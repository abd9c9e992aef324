package dev.labforge.workflow;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.PhaseOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs named phases, times them, tells the console, and remembers the outcomes for the report. */
final class Phases {
    private final Console console;
    private final Clock clock;
    private final List<PhaseOutcome> outcomes = new ArrayList<>();

    Phases(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    <T> T run(String name, Supplier<T> body) {
        console.phase(name);
        Instant start = clock.instant();
        try {
            T result = body.get();
            Duration took = Duration.between(start, clock.instant());
            outcomes.add(PhaseOutcome.ok(name, took));
            console.phaseDone(name, true, took, "");
            return result;
        } catch (RuntimeException e) {
            Duration took = Duration.between(start, clock.instant());
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            outcomes.add(PhaseOutcome.failed(name, took, detail));
            console.phaseDone(name, false, took, firstLine(detail));
            throw e;
        }
    }

    /**
     * Runs the checks phase: ok when no check failed, otherwise FAILED with how many ("2 of 40 checks
     * failed") in the console line and the report; failed checks do not throw (the report carries them).
     */
    List<CheckOutcome> runChecks(String name, Supplier<List<CheckOutcome>> checks) {
        console.phase(name);
        Instant start = clock.instant();
        List<CheckOutcome> result;
        try {
            result = checks.get();
        } catch (RuntimeException e) {
            Duration took = Duration.between(start, clock.instant());
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            outcomes.add(PhaseOutcome.failed(name, took, detail));
            console.phaseDone(name, false, took, firstLine(detail));
            throw e;
        }
        Duration took = Duration.between(start, clock.instant());
        long failed = result.stream().filter(CheckOutcome::failed).count();
        if (failed == 0) {
            outcomes.add(PhaseOutcome.ok(name, took));
            console.phaseDone(name, true, took, "");
        } else {
            String detail = failed + " of " + result.size() + " checks failed";
            outcomes.add(PhaseOutcome.failed(name, took, detail));
            console.phaseDone(name, false, took, detail);
        }
        return result;
    }

    /** Runs a phase whose failure is recorded but not thrown (cleanup after a failure). */
    void runQuietly(String name, Runnable body) {
        try {
            run(name, () -> {
                body.run();
                return null;
            });
        } catch (RuntimeException e) {
            console.warn(name + " failed: " + e.getMessage());
        }
    }

    List<PhaseOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
