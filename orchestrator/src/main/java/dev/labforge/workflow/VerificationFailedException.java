package dev.labforge.workflow;

import dev.labforge.report.Report;

/** At least one check failed (exit code 1). Carries the report for printing. */
public class VerificationFailedException extends RuntimeException {
    private final transient Report report;

    public VerificationFailedException(String message, Report report) {
        super(message);
        this.report = report;
    }

    public Report report() {
        return report;
    }
}
