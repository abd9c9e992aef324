package dev.labforge.workflow;

import java.time.Instant;

/**
 * What `lab up` deployed, saved in &lt;lab&gt;/.labforge/state.properties so that verify, status, exec
 * and down work from what is running, not from a spec that may have been edited since. The spec
 * fingerprint lets verify notice such an edit.
 */
public record LabState(String name, String runtime, String renderedDir, Instant deployedAt, String specFingerprint) {

    public LabState {
        specFingerprint = specFingerprint == null ? "" : specFingerprint;
    }

    /** State without a fingerprint (older state files): verify cannot tell whether the spec changed. */
    public LabState(String name, String runtime, String renderedDir, Instant deployedAt) {
        this(name, runtime, renderedDir, deployedAt, "");
    }
}
