package dev.labforge.report;

/** The result of one check or of a whole lab run. */
public enum Verdict {
    PASSED,
    FAILED,
    SKIPPED
}
