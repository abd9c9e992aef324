package dev.labforge.workflow;

import dev.labforge.guide.GuideFiles;
import dev.labforge.guide.GuideTestCase;
import dev.labforge.guide.RuntimeAccess;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.ConsoleReport;
import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.ReportWriter;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.Runtime;
import dev.labforge.wait.Durations;
import dev.labforge.wait.InterruptedRunException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * `lab test`: up, verify, the lab's guide checked (when it has one) and down for each lab (down even when up
 * failed), one JUnit file for all.
 */
final class LabTests {
    /** How long one command of a guide may take (a ping of 3 packets takes 2 s). */
    static final Duration GUIDE_EXEC_TIMEOUT = Duration.ofSeconds(30);
    private final WorkflowContext ctx;
    private final LabSpecs specs;
    /** An up that prints to the given console (each lab its own when labs run side by side). */
    private final Function<Console, UpWorkflow> upOn;

    LabTests(WorkflowContext ctx, LabSpecs specs, Function<Console, UpWorkflow> upOn) {
        this.ctx = ctx;
        this.specs = specs;
        this.upOn = upOn;
    }

    List<Report> test(List<Path> labs, UpOptions options, int parallel) {
        ReportFolder.prepare(options.reportDir());
        int threads = Math.max(1, Math.min(parallel, labs.size()));
        List<Supplier<Report>> jobs = new ArrayList<>();
        for (Path lab : labs) {
            // Side by side, lines interleave: each carries its lab's folder name.
            Console console = threads == 1 ? ctx.console() : new LabConsole(ctx.console(), LabSpecs.labDirOf(lab).getFileName().toString());
            jobs.add(() -> testOne(lab, options, console));
        }
        List<Report> reports = threads == 1 ? inTurn(jobs) : sideBySide(jobs, threads);
        ctx.console().info("");
        ctx.console().info(summaryTable(reports));
        if (options.reportDir() != null) {
            try {
                ReportWriter.writeJunit(reports, options.reportDir().resolve("junit.xml"));
            } catch (RuntimeException e) {
                ctx.console().warn("could not write " + options.reportDir().resolve("junit.xml") + ": " + e.getMessage());
            }
        }
        return reports;
    }

    private List<Report> inTurn(List<Supplier<Report>> jobs) {
        List<Report> done = new ArrayList<>();
        for (Supplier<Report> job : jobs) {
            if (Thread.currentThread().isInterrupted()) {
                // Ctrl-C: the lab that was running has been cleaned up; the rest are not started.
                ctx.console().warn("interrupted: " + (jobs.size() - done.size()) + " lab(s) not run");
                break;
            }
            done.add(job.get());
        }
        return done;
    }

    private static List<Report> sideBySide(List<Supplier<Report>> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Report>> futures = jobs.stream().map(j -> pool.submit(j::get)).toList();
            List<Report> done = new ArrayList<>();
            for (Future<Report> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            throw InterruptedRunException.restore("testing labs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a lab test crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One lab: up (its checks included), then down whatever happened. Never throws: whatever goes wrong with
     * one lab (even writing its report) is told and recorded, and the next lab runs.
     */
    private Report testOne(Path lab, UpOptions options, Console console) {
        String name = specs.nameOrNull(lab);
        if (name == null || !LabLocks.isLabName(name)) {
            return testLocked(lab, options, console); // up reports the invalid spec
        }
        // From its up to its down, nobody else changes this lab.
        try (LabLocks.Held lock = ctx.locks().hold(name, "test " + lab, console)) {
            return testLocked(lab, options, console);
        } catch (LabBusyException e) {
            console.warn(lab + ": " + e.getMessage());
            return Report.of(name, "", List.of(PhaseOutcome.failed("preflight", Duration.ZERO, e.getMessage())), List.of(),
                    ctx.clock().instant(), Duration.ZERO);
        }
    }

    private Report testLocked(Path lab, UpOptions options, Console console) {
        Path labReportDir = labReportDir(options.reportDir(), lab, console);
        UpOptions one = new UpOptions(options.runtime(), labReportDir, options.timeout(), false, options.outDir(),
                options.verbose());
        console.info("== " + lab);
        UpWorkflow.UpRun run;
        try {
            run = upOn.apply(console).run(lab, one);
        } catch (RuntimeException e) {
            if (e instanceof InterruptedRunException) {
                throw e;
            }
            console.warn(lab + ": " + e.getMessage());
            return Report.of(LabSpecs.labDirOf(lab).getFileName().toString(), "",
                    List.of(PhaseOutcome.failed("test", Duration.ZERO, String.valueOf(e.getMessage()))), List.of(),
                    ctx.clock().instant(), Duration.ZERO);
        }
        Report report = run.report();
        if (run.failure() == null && !report.runtime().isEmpty() && run.rendered() != null) {
            report = withGuideChecked(lab, run, report, console);
        }
        if (run.failure() != null) {
            console.warn(lab + ": " + run.failure().getMessage());
        } else if (report.verdict() == Verdict.FAILED) {
            console.warn(options.verbose() ? ConsoleReport.verdictTable(report) : ConsoleReport.summary(report));
        }
        // down even when up failed half-way: it is idempotent and finds the lab by name ...
        // ... but never a lab that was already up before this test: it is someone else's.
        if (!report.runtime().isEmpty() && run.rendered() != null && !(run.failure() instanceof LabAlreadyUpException)) {
            report = down(lab, run, report, labReportDir, console);
        }
        return report;
    }

    /**
     * The lab's guide (the spec's guide path, else GUIDE.md when there is one) checked against the lab this test
     * brought up, as `lab guide --check` does: one more testcase, counted as type {@code guide}; a drifted region
     * fails it with the region's id, file line and diff.
     */
    private Report withGuideChecked(Path lab, UpWorkflow.UpRun run, Report report, Console console) {
        Path labDir = LabSpecs.labDirOf(lab);
        LabSpecs.Prepared p;
        try {
            p = specs.prepare(lab);
        } catch (RuntimeException e) {
            return report; // the spec changed under the test; up has already said what it ran
        }
        Optional<Path> guide = GuideFiles.toCheck(labDir, p.loaded().spec());
        if (guide.isEmpty()) {
            return report;
        }
        Runtime runtime = ctx.runtimes().create(report.runtime(), ctx.runner());
        RuntimeAccess access = new RuntimeAccess(runtime, run.rendered().ref(), GUIDE_EXEC_TIMEOUT);
        Phases phases = new Phases(console, ctx.clock());
        List<CheckOutcome> outcome;
        try {
            outcome = phases.runChecks("guide", () -> List.of(GuideTestCase.check(labDir, guide.get(), p.model(),
                    run.rendered().dir(), report.runtime(), access).ofType(GuideTestCase.TYPE)));
        } catch (RuntimeException e) {
            if (e instanceof InterruptedRunException) {
                throw e;
            }
            outcome = List.of(new CheckOutcome("guide " + labDir.relativize(guide.get()), GuideTestCase.TYPE,
                    "every region matches the lab", "could not be checked: " + e.getMessage(), Verdict.FAILED, Duration.ZERO));
        }
        outcome.stream().filter(CheckOutcome::failed).forEach(o -> console.warn(o.name() + ": " + o.observed()));
        List<PhaseOutcome> phaseOutcomes = new ArrayList<>(report.phases());
        phaseOutcomes.addAll(phases.outcomes());
        List<CheckOutcome> checks = new ArrayList<>(report.checks());
        checks.addAll(outcome);
        return Report.of(report.lab(), report.runtime(), phaseOutcomes, checks, report.started(),
                report.total().plus(phases.outcomes().stream().map(PhaseOutcome::took).reduce(Duration.ZERO, Duration::plus)));
    }

    /** {@code <dir>/<lab folder>}, made ready; when it cannot be, the lab runs without report files (and says so). */
    private static Path labReportDir(Path reportDir, Path lab, Console console) {
        if (reportDir == null) {
            return null;
        }
        Path dir = reportDir.resolve(LabSpecs.labDirOf(lab).getFileName().toString());
        try {
            ReportFolder.prepare(dir);
            return dir;
        } catch (UsageException e) {
            console.warn(lab + ": runs without its report files: " + e.getMessage());
            return null;
        }
    }

    /** Takes the tested lab down and adds the down phase to its report. */
    private Report down(Path lab, UpWorkflow.UpRun run, Report report, Path labReportDir, Console console) {
        Runtime runtime = ctx.runtimes().create(report.runtime(), ctx.runner());
        Phases phases = new Phases(console, ctx.clock());
        // As for cleanup in up: a Ctrl-C must not stop the down (its commands would be refused).
        boolean interrupted = Thread.interrupted();
        try {
            phases.runQuietly("down", () -> {
                runtime.destroy(run.rendered().ref(), Progress.NONE);
                LabStateStore.delete(LabSpecs.labDirOf(lab));
                ctx.folders().release(run.rendered().name(), LabSpecs.labDirOf(lab));
            });
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        List<PhaseOutcome> all = new ArrayList<>(report.phases());
        all.addAll(phases.outcomes());
        Report withDown = Report.of(report.lab(), report.runtime(), all, report.checks(), report.started(),
                report.total().plus(phases.outcomes().stream().map(PhaseOutcome::took).reduce(Duration.ZERO, Duration::plus)));
        if (labReportDir != null) {
            try {
                ReportWriter.writeJson(withDown, labReportDir.resolve("report.json"));
            } catch (RuntimeException e) {
                console.warn(lab + ": could not write " + labReportDir.resolve("report.json") + ": " + e.getMessage());
            }
        }
        return withDown;
    }

    static String summaryTable(List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        int width = reports.stream().mapToInt(r -> r.lab().length()).max().orElse(3);
        width = Math.max(width, 3);
        sb.append(String.format("%-" + width + "s  %-7s  %-7s  %6s  %7s  %s%n", "lab", "runtime", "verdict", "checks", "time", "note"));
        for (Report r : reports) {
            long passed = r.count(Verdict.PASSED);
            // Without this a lab whose spec is invalid reads "FAILED 0/0" with no hint why.
            String note = r.phases().stream().filter(ph -> ph.status() == PhaseOutcome.Status.FAILED).findFirst()
                    .map(ph -> ph.name() + " failed").orElse("");
            sb.append(String.format("%-" + width + "s  %-7s  %-7s  %6s  %7s  %s", r.lab(), r.runtime(), r.verdict(),
                    passed + "/" + r.checks().size(), Durations.text(r.total()), note).stripTrailing()).append('\n');
        }
        long failed = reports.stream().filter(r -> r.verdict() == Verdict.FAILED).count();
        sb.append(failed == 0 ? "all " + reports.size() + " labs passed" : failed + " of " + reports.size() + " labs failed");
        return sb.toString();
    }
}
