package dev.labforge.report;

import java.time.Duration;
import java.util.Objects;

/**
 * One check as it ended: what was expected, what was seen last, and how long it was waited for.
 * {@code observed} is never just "timeout": on a timeout it is the last state with how long it lasted.
 * {@code type} is the check's type id from plan.yaml ({@code bgp}, {@code route}, {@code ping} ...): the
 * group the console summary counts it in; empty when unknown.
 */
public record CheckOutcome(String name, String type, String expected, String observed, Verdict verdict, Duration waited) {

    public CheckOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        type = type == null ? "" : type;
        expected = expected == null ? "" : expected;
        observed = observed == null ? "" : observed;
        waited = waited == null ? Duration.ZERO : waited;
    }

    /** An outcome of no particular type. */
    public CheckOutcome(String name, String expected, String observed, Verdict verdict, Duration waited) {
        this(name, "", expected, observed, verdict, waited);
    }

    /** A check that was not run, e.g. because an earlier phase failed. */
    public static CheckOutcome skipped(String name, String expected, String why) {
        return new CheckOutcome(name, expected, why, Verdict.SKIPPED, Duration.ZERO);
    }

    /** The same outcome, counted in the group {@code type}. */
    public CheckOutcome ofType(String type) {
        return new CheckOutcome(name, type, expected, observed, verdict, waited);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    public boolean failed() {
        return verdict == Verdict.FAILED;
    }
}
