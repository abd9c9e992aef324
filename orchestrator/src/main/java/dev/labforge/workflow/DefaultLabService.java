package dev.labforge.workflow;

import dev.labforge.diag.Diagnostic;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.report.Report;
import dev.labforge.runtime.LabInventory;
import dev.labforge.wait.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The lab workflows behind the CLI, one class per job: {@link LabSpecs} (validate, render),
 * {@link UpWorkflow} (up), {@link Verification} (verify and the checks up ends with),
 * {@link RunningLabs} (status, exec, down), {@link LabTests} (test) and {@link RunReports} (report files).
 * All side effects go through the runtime and the command runner.
 */
public final class DefaultLabService implements LabService {
    private final WorkflowContext ctx;
    private final Console console;
    private final LabSpecs specs = new LabSpecs();
    private final RunningLabs running;
    private final Verification verification;
    private final UpWorkflow up;
    private final LabTests tests;

    /** With the machine's lab locks ({@link LabLocks#systemDir()}). */
    public DefaultLabService(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper) {
        this(runner, console, runtimes, clock, sleeper, new LabLocks(LabLocks.systemDir(), LabLocks.PATIENCE, clock, sleeper));
    }

    public DefaultLabService(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper, LabLocks locks) {
        this(new WorkflowContext(runner, console, runtimes, clock, sleeper, locks));
    }

    /** With the facts of a machine that is not this one (whether `lab up` installs what is missing). */
    public DefaultLabService(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper, LabLocks locks,
            java.util.function.Supplier<dev.labforge.runtime.MissingPackages.Machine> machine) {
        this(new WorkflowContext(runner, console, runtimes, clock, sleeper, locks, machine));
    }

    private DefaultLabService(WorkflowContext ctx) {
        this.ctx = ctx;
        this.console = ctx.console();
        this.running = new RunningLabs(ctx, specs);
        this.verification = new Verification(ctx, specs, running, new RunReports(console));
        this.up = upOn(ctx);
        this.tests = new LabTests(ctx, specs, other -> upOn(ctx.withConsole(other)));
    }

    /** The up workflow with every job printing to {@code ctx}'s console. */
    private UpWorkflow upOn(WorkflowContext ctx) {
        RunReports reports = new RunReports(ctx.console());
        return new UpWorkflow(ctx, specs, new Verification(ctx, specs, new RunningLabs(ctx, specs), reports), reports);
    }

    @Override
    public List<String> validate(Path lab) {
        return specs.prepare(lab).warnings().stream().map(Diagnostic::format).toList();
    }

    @Override
    public Path render(Path lab, Path outDir) {
        LabSpecs.Prepared p = specs.prepare(lab);
        p.warnings().forEach(w -> console.warn(w.format()));
        // An up of this lab may be reading the folder right now.
        try (LabLocks.Held lock = ctx.locks().hold(p.model().name(), "render " + lab, console)) {
            // The same spec renders the same files: re-creating a deleted folder of a running lab is fine.
            LabSpecs.runningFrom(p, outDir).filter(st -> !st.specFingerprint().equals(LabSpecs.fingerprint(p.model()))).ifPresent(s -> {
                throw new UsageException(LabSpecs.upSince(s) + "; rendering over it would leave status, exec and verify reading"
                        + " files the lab was not built from. Render elsewhere with -o, or ./lab down " + lab + " first");
            });
            return specs.writeRendered(p, outDir).dir();
        }
    }

    @Override
    public Report up(Path lab, UpOptions options) {
        return up.up(lab, options);
    }

    @Override
    public Report verify(Path lab, UpOptions options) {
        return verification.verify(lab, options);
    }

    @Override
    public LabInventory status(Path lab, String runtime) {
        return running.status(lab, runtime);
    }

    @Override
    public CommandResult exec(Path lab, String target, List<String> argv, String runtime, boolean interactive,
            java.time.Duration timeout) {
        return running.exec(lab, target, argv, runtime, interactive, timeout);
    }

    @Override
    public void down(Path lab, String runtime) {
        running.down(lab, runtime);
    }

    @Override
    public List<Report> test(List<Path> labs, UpOptions options, int parallel) {
        return tests.test(labs, options, parallel);
    }
}
