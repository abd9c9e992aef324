package dev.labforge.cli;

import dev.labforge.model.Lab;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Console;
import dev.labforge.workflow.LabService;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the CLI needs from the rest of labforge, in one seam so tests can hand in a fake.
 * The commands call {@link LabService} for every lab operation; {@link #model} (pure: load, validate,
 * resolve) serves `lab graph`; {@link #doctor} serves `lab doctor`.
 */
public interface CliBackend {

    /** The workflow, printing its progress to {@code console}. */
    LabService service(Console console);

    /** The resolved model of a lab (no side effects). Throws LabSpecException when the spec is invalid. */
    Lab model(Path lab);

    /**
     * Every prerequisite of a runtime (netns | clab | auto; auto = what `lab up` would pick, plus the
     * checks of both runtimes), passing or failing, each failing one with the command that fixes it.
     */
    List<PreflightCheck> doctor(String runtime);
}
