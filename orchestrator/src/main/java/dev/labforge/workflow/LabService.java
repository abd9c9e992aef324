package dev.labforge.workflow;

import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.LabInventory;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point the CLI calls. Each method is one user command; it prints progress through
 * the {@link Console} and throws the typed exceptions the CLI maps to exit codes:
 * LabSpecException (2), PreflightException (3), VerificationFailedException (1), anything else (4).
 * {@code lab} is a lab folder or its lab.yaml.
 */
public interface LabService {

    /** Loads and validates; returns the warnings. Throws LabSpecException with every error. */
    List<String> validate(Path lab);

    /** Validates, resolves and writes the rendered lab; returns the folder written. */
    Path render(Path lab, Path outDir);

    /** Render, deploy, wait, verify. Returns the report; throws VerificationFailedException when a check failed. */
    dev.labforge.report.Report up(Path lab, UpOptions options);

    /** Re-runs the checks against a running lab. */
    dev.labforge.report.Report verify(Path lab, UpOptions options);

    /** What runs now. */
    LabInventory status(Path lab, String runtime);

    /** Runs a command in a router, node or pod of a running lab, its output captured, without a time limit. */
    default CommandResult exec(Path lab, String target, List<String> argv, String runtime) {
        return exec(lab, target, argv, runtime, false, null);
    }

    /**
     * The same; {@code interactive}: on labforge's own stdin, stdout and stderr, nothing captured (a shell, vtysh,
     * tcpdump). {@code timeout} null: no time limit.
     */
    CommandResult exec(Path lab, String target, List<String> argv, String runtime, boolean interactive, java.time.Duration timeout);

    /** Removes everything the lab created; idempotent. */
    void down(Path lab, String runtime);

    /** up, verify, down for each lab (down even on failure); one report per lab. */
    List<dev.labforge.report.Report> test(List<Path> labs, UpOptions options, int parallel);
}
