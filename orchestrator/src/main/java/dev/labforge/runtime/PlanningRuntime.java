package dev.labforge.runtime;

import java.time.Duration;
import java.util.List;

/** A runtime that can describe its deployment without running it (for `lab up --dry-run`). */
public interface PlanningRuntime {
    List<String> plan(RenderedLab lab, Duration timeout);
}
