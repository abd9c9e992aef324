package dev.labforge.cli;

import dev.labforge.model.Lab;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Console;
import dev.labforge.workflow.LabService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
     * Every machine-level prerequisite, passing or failing, each failing one with the command that
     * fixes it, by runtime id in a stable order: the named runtime only, or every runtime for auto.
     */
    Map<String, List<PreflightCheck>> doctor(String runtime);

    /** The Debian packages the embedded runtime needs; `lab doctor --install` installs them. */
    List<String> NETNS_PACKAGES = List.of("frr", "bird", "iproute2", "iputils-ping", "procps");

    /**
     * Installs Debian packages (apt-get, non-interactive), only ever on the user's explicit request.
     * Returns the installer's exit code.
     */
    default int installPackages(List<String> packages, java.io.PrintWriter out) {
        throw new UnsupportedOperationException("this backend cannot install packages");
    }
}
