package dev.labforge.cli;

import dev.labforge.model.Lab;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Console;
import dev.labforge.workflow.LabService;
import java.nio.file.Path;
import java.util.List;

/** The real backend: the workflow's LabService, the pure generator pipeline, the runtimes' preflight checks. */
final class DefaultBackend implements CliBackend {

    static CliBackend create() {
        return new DefaultBackend();
    }

    @Override
    public LabService service(Console console) {
        throw new IllegalStateException("the workflow (LabService) is not wired into the CLI yet");
    }

    @Override
    public Lab model(Path lab) {
        throw new IllegalStateException("the spec loader is not wired into the CLI yet");
    }

    @Override
    public List<PreflightCheck> doctor(String runtime) {
        throw new IllegalStateException("preflight checks are not wired into the CLI yet");
    }
}
