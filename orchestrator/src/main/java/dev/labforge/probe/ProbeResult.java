package dev.labforge.probe;

import java.util.Objects;

/**
 * What one look at the lab showed. {@link Pending}: not there yet, look again until the deadline;
 * {@link Failed}: wrong in a way waiting cannot fix, stop now. {@code observed} is short, human text.
 */
public sealed interface ProbeResult permits ProbeResult.Passed, ProbeResult.Pending, ProbeResult.Failed {

    String observed();

    record Passed(String observed) implements ProbeResult {
        public Passed {
            Objects.requireNonNull(observed, "observed");
        }
    }

    record Pending(String observed) implements ProbeResult {
        public Pending {
            Objects.requireNonNull(observed, "observed");
        }
    }

    record Failed(String observed) implements ProbeResult {
        public Failed {
            Objects.requireNonNull(observed, "observed");
        }
    }

    static ProbeResult passed(String observed) {
        return new Passed(observed);
    }

    static ProbeResult pending(String observed) {
        return new Pending(observed);
    }

    static ProbeResult failed(String observed) {
        return new Failed(observed);
    }
}
