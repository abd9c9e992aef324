package dev.labforge.workflow;

import java.time.Instant;

/**
 * What `lab up` deployed, saved in &lt;lab&gt;/.labforge/state.properties so that verify, status, exec
 * and down work from what is running, not from a spec that may have been edited since.
 */
public record LabState(String name, String runtime, String renderedDir, Instant deployedAt) {
}
