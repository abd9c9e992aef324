package dev.labforge.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one lab run produced: phases with timings and every check's outcome.
 *
 * @param lab     the lab name (containerlab topology name)
 * @param runtime "netns" or "clab"
 * @param verdict PASSED when no phase and no check failed (see {@link #verdictOf})
 */
public record Report(
        String lab,
        String runtime,
        Verdict verdict,
        List<PhaseOutcome> phases,
        List<CheckOutcome> checks,
        Instant started,
        Duration total) {

    public Report {
        Objects.requireNonNull(lab, "lab");
        runtime = runtime == null ? "" : runtime;
        phases = phases == null ? List.of() : List.copyOf(phases);
        checks = checks == null ? List.of() : List.copyOf(checks);
        total = total == null ? Duration.ZERO : total;
        verdict = verdict == null ? verdictOf(phases, checks) : verdict;
    }

    /** A report whose verdict follows from its phases and checks. */
    public static Report of(String lab, String runtime, List<PhaseOutcome> phases, List<CheckOutcome> checks,
            Instant started, Duration total) {
        return new Report(lab, runtime, null, phases, checks, started, total);
    }

    /** FAILED when a phase or a check failed; SKIPPED when nothing ran; PASSED otherwise. */
    public static Verdict verdictOf(List<PhaseOutcome> phases, List<CheckOutcome> checks) {
        boolean failed = phases.stream().anyMatch(p -> p.status() == PhaseOutcome.Status.FAILED)
                || checks.stream().anyMatch(CheckOutcome::failed);
        if (failed) {
            return Verdict.FAILED;
        }
        boolean ran = phases.stream().anyMatch(p -> p.status() == PhaseOutcome.Status.OK) || checks.stream().anyMatch(CheckOutcome::passed);
        return ran ? Verdict.PASSED : Verdict.SKIPPED;
    }

    public long count(Verdict v) {
        return checks.stream().filter(c -> c.verdict() == v).count();
    }
}
