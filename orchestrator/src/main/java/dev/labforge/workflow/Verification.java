package dev.labforge.workflow;

import dev.labforge.check.PlanFormatException;
import dev.labforge.probe.LabFacts;
import dev.labforge.probe.ProbeEngine;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** `lab verify`, and the checks phase that `lab up` ends with. */
final class Verification {
    static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    /** How long `lab verify` waits for checks to pass when no --timeout is given. */
    static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(30);
    /** Snapshots and pings at once: each is a short process, mostly waiting on a daemon. */
    static final int LOOKS_SIDE_BY_SIDE = 8;

    private final WorkflowContext ctx;
    private final LabSpecs specs;
    private final RunningLabs running;
    private final RunReports reports;

    Verification(WorkflowContext ctx, LabSpecs specs, RunningLabs running, RunReports reports) {
        this.ctx = ctx;
        this.specs = specs;
        this.running = running;
        this.reports = reports;
    }

    /**
     * Runs exactly the checks of the rendered plan (labforge/plan.yaml), in its order, under one budget,
     * with a progress line per check type.
     */
    List<CheckOutcome> runChecks(Runtime runtime, RenderedLab rendered, Duration budget) {
        RenderedPlan plan;
        try {
            plan = RenderedPlan.read(rendered.dir());
        } catch (PlanFormatException e) {
            throw new UsageException("verify runs the checks listed in the rendered folder: " + e.getMessage());
        }
        CheckProgress progress = new CheckProgress(ctx.console(), plan.checks(), ctx.clock());
        ProbeEngine engine = new ProbeEngine(runtime.probeTarget(rendered), LabFacts.of(plan), ctx.clock(), ctx.sleeper(),
                POLL_INTERVAL, LOOKS_SIDE_BY_SIDE);
        return engine.run(plan.checks(), budget, progress);
    }

    Report verify(Path lab, UpOptions options) {
        ReportFolder.prepare(options.reportDir());
        LabSpecs.Prepared p = specs.prepare(lab);
        try (LabLocks.Held lock = ctx.locks().hold(p.model().name(), "verify " + lab, ctx.console())) {
            return verifyLocked(lab, p, options);
        }
    }

    private Report verifyLocked(Path lab, LabSpecs.Prepared p, UpOptions options) {
        // Checks built from an edited spec would test a lab that was never deployed.
        LabStateStore.load(LabSpecs.labDirOf(lab)).filter(s -> !s.specFingerprint().isEmpty())
                .filter(s -> !s.specFingerprint().equals(LabSpecs.fingerprint(p.model())))
                .ifPresent(s -> {
                    throw new UsageException("the spec of lab " + s.name() + " changed since `lab up` deployed it ("
                            + s.deployedAt() + "); the running lab is still the old one, so its checks would not match."
                            + " Apply the change with ./lab down " + lab + " && ./lab up " + lab
                            + " (or undo the edit to re-check the running lab)");
                });
        RunningLabs.Deployed d = running.deployed(lab, () -> p.model().name(), options.runtime());
        Runtime runtime = ctx.runtimes().create(d.runtime(), ctx.runner());
        RenderedLab rendered = new RenderedLab(p.model().name(), d.renderedDir(), p.model());
        // Polling a lab that is not there would only fail every check after the whole budget.
        if (runtime.absent(rendered.ref())) {
            throw new LabNotUpException(p.model().name(), lab.toString());
        }
        if (d.fromState() && !Files.isDirectory(d.renderedDir())) {
            throw new UsageException("the folder " + d.renderedDir() + " that lab " + d.name() + " was rendered into is gone;"
                    + " verify reads it. Re-create it with ./lab render " + lab
                    + (d.renderedDir().equals(LabSpecs.labDirOf(lab).resolve("out")) ? "" : " -o " + d.renderedDir())
                    + " and verify again");
        }
        Phases phases = ctx.phases();
        Instant started = ctx.clock().instant();
        Duration budget = options.timeout() != null ? options.timeout() : VERIFY_TIMEOUT;
        List<CheckOutcome> checks = phases.runChecks("verify", () -> runChecks(runtime, rendered, budget));
        Report report = Report.of(p.model().name(), d.runtime(), phases.outcomes(), checks, started,
                Duration.between(started, ctx.clock().instant()));
        reports.finish(report, rendered, runtime, options.reportDir());
        if (report.verdict() == Verdict.FAILED) {
            throw new VerificationFailedException(RunReports.failedSummary(report), report);
        }
        return report;
    }
}
