package dev.labforge.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** One phase of a run (render, preflight, deploy, bgp, routes, ping, destroy ...) with its timing. */
public record PhaseOutcome(String name, Status status, Duration took, String detail) {

    public enum Status {
        OK,
        FAILED,
        SKIPPED;

        /** "ok", "failed", "skipped": how reports spell it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PhaseOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        took = took == null ? Duration.ZERO : took;
        detail = detail == null ? "" : detail;
    }

    public static PhaseOutcome ok(String name, Duration took) {
        return new PhaseOutcome(name, Status.OK, took, "");
    }

    public static PhaseOutcome failed(String name, Duration took, String detail) {
        return new PhaseOutcome(name, Status.FAILED, took, detail);
    }

    public static PhaseOutcome skipped(String name, String detail) {
        return new PhaseOutcome(name, Status.SKIPPED, Duration.ZERO, detail);
    }
}
