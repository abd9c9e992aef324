package dev.labforge.workflow;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Options of `lab up` / `lab verify` / `lab test`.
 *
 * @param runtime   netns | clab | auto (null = env LAB_RUNTIME, then auto)
 * @param reportDir where report.json / junit.xml / failure bundle go; null = none
 * @param timeout   overall deadline for deploy + convergence; null = the runtime's default
 * @param dryRun    print the plan, run nothing
 * @param outDir    rendered folder; null = &lt;lab&gt;/out
 * @param verbose   `lab test` shows a failed lab's every check, not only its summary (--verbose)
 */
public record UpOptions(String runtime, Path reportDir, Duration timeout, boolean dryRun, Path outDir, boolean verbose) {

    public UpOptions(String runtime, Path reportDir, Duration timeout, boolean dryRun, Path outDir) {
        this(runtime, reportDir, timeout, dryRun, outDir, false);
    }
}
