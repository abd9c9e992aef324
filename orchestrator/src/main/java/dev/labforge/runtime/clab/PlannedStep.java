package dev.labforge.runtime.clab;

import java.time.Duration;

/**
 * One step of a deploy as `--dry-run` shows it.
 *
 * @param phase    the phase id (preflight, containerlab-deploy, ...)
 * @param action   a command line ("$ containerlab deploy ...") or an API call description
 * @param deadline the deadline of the whole phase this step belongs to
 */
public record PlannedStep(String phase, String action, Duration deadline) {
}
