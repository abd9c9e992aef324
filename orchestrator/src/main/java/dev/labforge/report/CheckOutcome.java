package dev.labforge.report;

import java.time.Duration;
import java.util.Objects;

/**
 * One check as it ended: what was expected, what was seen last, and how long it was waited for.
 * {@code observed} is never just "timeout": on a timeout it is the last state with how long it lasted.
 */
public record CheckOutcome(String name, String expected, String observed, Verdict verdict, Duration waited) {

    public CheckOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        expected = expected == null ? "" : expected;
        observed = observed == null ? "" : observed;
        waited = waited == null ? Duration.ZERO : waited;
    }

    /** A check that was not run, e.g. because an earlier phase failed. */
    public static CheckOutcome skipped(String name, String expected, String why) {
        return new CheckOutcome(name, expected, why, Verdict.SKIPPED, Duration.ZERO);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    public boolean failed() {
        return verdict == Verdict.FAILED;
    }
}
