package dev.labforge.workflow;

import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.MissingPackages;
import dev.labforge.runtime.PlanningRuntime;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `lab up`: validate → render → preflight → deploy → save state → checks, or the plan with --dry-run.
 * A deploy that fails or is interrupted is cleaned up; a report is written whatever happened. One
 * deadline, set when up starts, bounds everything up does: deploy gets what is left of it, and the
 * checks what deploy left (nothing is added, so `--timeout 3s` ends after about 3 s).
 */
final class UpWorkflow {
    private final WorkflowContext ctx;
    private final LabSpecs specs;
    private final Verification verification;
    private final RunReports reports;

    UpWorkflow(WorkflowContext ctx, LabSpecs specs, Verification verification, RunReports reports) {
        this.ctx = ctx;
        this.specs = specs;
        this.verification = verification;
        this.reports = reports;
    }

    /** The outcome of an up: always a report; the failure, if any, to rethrow. */
    record UpRun(Report report, RuntimeException failure, RenderedLab rendered) {
    }

    Report up(Path lab, UpOptions options) {
        if (!options.dryRun()) {
            ReportFolder.prepare(options.reportDir());
        }
        UpRun run = run(lab, options);
        if (run.failure() != null) {
            throw run.failure();
        }
        if (run.report().verdict() == Verdict.FAILED) {
            throw new VerificationFailedException(RunReports.failedSummary(run.report()), run.report());
        }
        return run.report();
    }

    UpRun run(Path lab, UpOptions options) {
        Console console = ctx.console();
        Phases phases = ctx.phases();
        Instant started = ctx.clock().instant();
        String labName = lab.toString();
        String runtimeId = "";
        RenderedLab rendered = null;
        Runtime runtime = null;
        List<CheckOutcome> checks = new ArrayList<>();
        boolean deployed = false;
        LabLocks.Held lock = null;
        try {
            LabSpecs.Prepared p = phases.run("validate", () -> specs.prepare(lab));
            labName = p.model().name();
            p.warnings().forEach(w -> console.warn(w.format()));
            // From here to the end of the checks nobody else changes this lab (nor re-renders its folder).
            lock = ctx.locks().hold(labName, "up " + lab, console);
            ctx.folders().refuseOther(labName, p.labDir(), "up");
            Runtimes.Choice choice = ctx.runtimes().choose(options.runtime());
            runtimeId = choice.id();
            console.info("runtime: " + choice.id() + " (" + choice.reason() + ")");
            // Refused before rendering: a second up must not overwrite the files the running lab was built from.
            Optional<LabState> running = options.dryRun() ? LabSpecs.runningFrom(p, options.outDir()) : LabStateStore.load(p.labDir());
            if (running.isPresent() && !options.dryRun() && clearedStale(running.get(), p.labDir())) {
                running = Optional.empty();
            }
            if (running.isPresent()) {
                throw new LabAlreadyUpException(LabSpecs.upSince(running.get()) + "; nothing was changed. Re-check it with"
                        + " ./lab verify " + lab + ", or take it down first with ./lab down " + lab
                        + " (safe even if it is already gone, e.g. after a reboot)");
            }
            RenderedLab r = phases.run("render", () -> specs.writeRendered(p, options.outDir()));
            rendered = r;
            if (options.dryRun()) {
                runtime = ctx.runtimes().create(runtimeId, new DryRunCommandRunner());
                Duration timeout = timeoutFor(options, runtime);
                Runtime planner = runtime;
                List<String> plan = phases.run("plan", () -> planOf(planner, r, timeout));
                for (int i = 0; i < plan.size(); i++) {
                    console.info(String.format("%3d. %s", i + 1, plan.get(i)));
                }
                PlannedChecks.lines(RenderedPlan.read(r.dir()).checks()).forEach(console::info);
                return new UpRun(Report.of(labName, runtimeId, phases.outcomes(), List.of(), started,
                        Duration.between(started, ctx.clock().instant())), null, r);
            }
            runtime = ctx.runtimes().create(runtimeId, ctx.runner());
            Runtime rt = runtime;
            boolean installed = phases.run("preflight", () -> {
                List<PreflightCheck> found = rt.preflight(r);
                List<PreflightCheck> failed = found.stream().filter(c -> !c.ok()).toList();
                boolean installing = !failed.isEmpty() && new PackageInstaller(ctx).install(failed, rt.id());
                requirePreflight(installing ? rt.preflight(r) : found, rt.id());
                return installing;
            });
            // Installing packages is not bringing the lab up: after it, the budget starts again.
            Deadline deadline = Deadline.since(installed ? ctx.clock().instant() : started, timeoutFor(options, rt), ctx.clock());
            deployed = true; // from here on, a failure must clean up
            ctx.folders().claim(labName, p.labDir());
            phases.run("deploy", () -> {
                rt.deploy(r, deadline.remaining(), new ConsoleProgress(console));
                return null;
            });
            LabStateStore.save(p.labDir(), new LabState(labName, runtimeId, r.dir().toString(), ctx.clock().instant(),
                    LabSpecs.fingerprint(p.model())));
            checks.addAll(phases.runChecks("verify", () -> verification.runChecks(rt, r, deadline.remaining())));
            Report report = Report.of(labName, runtimeId, phases.outcomes(), checks, started,
                    Duration.between(started, ctx.clock().instant()));
            reports.finish(report, r, rt, options.reportDir());
            return new UpRun(report, null, r);
        } catch (RuntimeException e) {
            // A lab that was already up is not ours to clean: tearing it down would destroy the running lab.
            if (deployed && runtime != null && rendered != null && checks.isEmpty() && !(e instanceof LabAlreadyUpException)) {
                cleanUp(lab, phases, runtime, rendered);
            }
            if (deployed && e instanceof LabAlreadyUpException && rendered != null) {
                // The runtime found the name taken (by a lab from before folders were recorded): not this folder's.
                ctx.folders().release(rendered.name(), LabSpecs.labDirOf(lab));
            }
            Report report = Report.of(labName, runtimeId, phases.outcomes(), checks, started,
                    Duration.between(started, ctx.clock().instant()));
            // A lab busy with, or named by, another command: its report folder may be that command's.
            boolean othersLab = e instanceof LabBusyException || e instanceof LabNameTakenException;
            if (options.reportDir() != null && !othersLab) {
                // The failure already caught is the one to report; writing files must not replace it.
                reports.writeOrWarn(report, rendered, runtime, options.reportDir(), true);
            }
            return new UpRun(report, e, rendered);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /**
     * A failed or interrupted deploy must not leave a half-built lab behind. Cleanup runs with the
     * interrupt flag cleared (its commands would be refused), then restores it.
     */
    private void cleanUp(Path lab, Phases phases, Runtime runtime, RenderedLab rendered) {
        boolean interrupted = Thread.interrupted();
        try {
            phases.runQuietly("cleanup", () -> {
                runtime.destroy(rendered.ref(), new ConsoleProgress(ctx.console()));
                LabStateStore.delete(LabSpecs.labDirOf(lab));
                ctx.folders().release(rendered.name(), LabSpecs.labDirOf(lab));
            });
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * State left behind by a lab of which nothing runs any more (a reboot, or namespaces removed by hand):
     * its leftovers are removed so that up can start afresh. True when that happened.
     */
    private boolean clearedStale(LabState state, Path labDir) {
        Runtime rt = ctx.runtimes().create(state.runtime(), ctx.runner());
        LabRef ref = new LabRef(state.name(), Path.of(state.renderedDir()));
        if (!rt.absent(ref)) {
            return false;
        }
        ctx.console().warn("lab " + state.name() + " was brought up at " + state.deployedAt() + " but nothing of it runs now"
                + " (a reboot?); removing its leftovers and starting afresh");
        rt.destroy(ref, Progress.NONE);
        LabStateStore.delete(labDir);
        return true;
    }

    private static Duration timeoutFor(UpOptions options, Runtime runtime) {
        return options.timeout() != null ? options.timeout() : runtime.defaultTimeout();
    }

    private List<String> planOf(Runtime runtime, RenderedLab r, Duration timeout) {
        if (runtime instanceof PlanningRuntime planning) {
            return planning.plan(r, timeout);
        }
        DryRunCommandRunner dry = new DryRunCommandRunner();
        Runtime planned = ctx.runtimes().create(runtime.id(), dry);
        planned.deploy(r, timeout, Progress.NONE);
        return dry.planned().stream().map(c -> c.display() + "   (deadline " + Durations.text(c.timeout()) + ")").toList();
    }

    private static void requirePreflight(List<PreflightCheck> checks, String runtimeId) {
        List<PreflightCheck> failed = checks.stream().filter(c -> !c.ok()).toList();
        if (!failed.isEmpty()) {
            java.util.Set<String> packages = new java.util.LinkedHashSet<>();
            failed.forEach(c -> packages.addAll(c.packages()));
            throw new PreflightException(PackageInstaller.missing(failed, runtimeId) + (packages.isEmpty() ? ""
                    : "; install them with: " + MissingPackages.aptGetInstall(List.copyOf(packages))), failed);
        }
    }
}
