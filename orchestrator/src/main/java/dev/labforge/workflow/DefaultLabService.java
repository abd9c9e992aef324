package dev.labforge.workflow;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.model.Lab;
import dev.labforge.probe.Poller;
import dev.labforge.probe.Probe;
import dev.labforge.probe.Probes;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.ConsoleReport;
import dev.labforge.report.FailureBundle;
import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.ReportWriter;
import dev.labforge.report.Verdict;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import dev.labforge.wait.Durations;
import dev.labforge.wait.InterruptedRunException;
import dev.labforge.wait.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The lab workflows: validate → render → preflight → deploy → converge/verify → save state, and
 * down/status/exec from saved state. All side effects go through the runtime and the command runner.
 */
public final class DefaultLabService implements LabService {
    static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    static final Duration EXEC_TIMEOUT = Duration.ofSeconds(60);
    /** Convergence always gets at least this long, even when deploy used up most of the budget. */
    static final Duration MIN_CONVERGE = Duration.ofSeconds(10);

    private final CommandRunner runner;
    private final Console console;
    private final Runtimes runtimes;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SpecLoader loader = new SpecLoader();
    private final Validator validator = new Validator();

    public DefaultLabService(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper) {
        this.runner = runner;
        this.console = console;
        this.runtimes = runtimes;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    // ---- spec side -------------------------------------------------------------------------

    private record Prepared(LoadedSpec loaded, Lab model, List<Diagnostic> warnings) {
        Path labDir() {
            return loaded.labDir();
        }
    }

    private Prepared prepare(Path lab) {
        LoadedSpec loaded = loader.load(lab);
        List<Diagnostic> warnings = validator.validateOrThrow(loaded);
        return new Prepared(loaded, Resolver.resolve(loaded.spec()), warnings);
    }

    @Override
    public List<String> validate(Path lab) {
        return prepare(lab).warnings().stream().map(Diagnostic::format).toList();
    }

    @Override
    public Path render(Path lab, Path outDir) {
        Prepared p = prepare(lab);
        p.warnings().forEach(w -> console.warn(w.format()));
        // The same spec renders the same files: re-creating a deleted folder of a running lab is fine.
        runningFrom(p, outDir).filter(st -> !st.specFingerprint().equals(fingerprint(p.model()))).ifPresent(s -> {
            throw new UsageException(upSince(s) + "; rendering over it would leave status, exec and verify reading files"
                    + " the lab was not built from. Render elsewhere with -o, or ./lab down " + lab + " first");
        });
        return writeRendered(p, outDir).dir();
    }

    /** The running lab's folder, when this render would overwrite it (its probes and exec read it). */
    private static Optional<LabState> runningFrom(Prepared p, Path outDir) {
        Path out = (outDir != null ? outDir : p.labDir().resolve("out")).toAbsolutePath().normalize();
        return LabStateStore.load(p.labDir()).filter(s -> Path.of(s.renderedDir()).toAbsolutePath().normalize().equals(out));
    }

    private static String upSince(LabState s) {
        return "lab " + s.name() + " is up from this folder (since " + s.deployedAt() + ", rendered in " + s.renderedDir() + ")";
    }

    private RenderedLab writeRendered(Prepared p, Path outDir) {
        Path out = outDir != null ? outDir : p.labDir().resolve("out");
        List<RenderedFile> files = Renderer.render(p.model(), TemplateCatalog.forLab(p.labDir()));
        RenderedFileWriter.write(files, out);
        return new RenderedLab(p.model().name(), out.toAbsolutePath().normalize(), p.model());
    }

    // ---- up / verify -----------------------------------------------------------------------

    /** The outcome of an up: always a report; the failure, if any, to rethrow. */
    private record UpRun(Report report, RuntimeException failure, RenderedLab rendered) {
    }

    @Override
    public Report up(Path lab, UpOptions options) {
        UpRun run = runUp(lab, options);
        if (run.failure() != null) {
            throw run.failure();
        }
        if (run.report().verdict() == Verdict.FAILED) {
            throw new VerificationFailedException(failedSummary(run.report()), run.report());
        }
        return run.report();
    }

    private UpRun runUp(Path lab, UpOptions options) {
        Phases phases = new Phases(console, clock);
        Instant started = clock.instant();
        String labName = lab.toString();
        String runtimeId = "";
        RenderedLab rendered = null;
        Runtime runtime = null;
        List<CheckOutcome> checks = new ArrayList<>();
        boolean deployed = false;
        try {
            Prepared p = phases.run("validate", () -> prepare(lab));
            labName = p.model().name();
            p.warnings().forEach(w -> console.warn(w.format()));
            Runtimes.Choice choice = runtimes.choose(options.runtime());
            runtimeId = choice.id();
            console.info("runtime: " + choice.id() + " (" + choice.reason() + ")");
            // Refused before rendering: a second up must not overwrite the files the running lab was built from.
            Optional<LabState> running = options.dryRun() ? runningFrom(p, options.outDir()) : LabStateStore.load(p.labDir());
            if (running.isPresent() && !options.dryRun() && clearedStale(running.get(), p.labDir())) {
                running = Optional.empty();
            }
            if (running.isPresent()) {
                throw new LabAlreadyUpException(upSince(running.get()) + "; nothing was changed. Re-check it with"
                        + " ./lab verify " + lab + ", or take it down first with ./lab down " + lab
                        + " (safe even if it is already gone, e.g. after a reboot)");
            }
            RenderedLab r = phases.run("render", () -> writeRendered(p, options.outDir()));
            rendered = r;
            if (options.dryRun()) {
                runtime = runtimes.create(runtimeId, new dev.labforge.exec.DryRunCommandRunner());
                Duration timeout = timeoutFor(options, runtime);
                Runtime planner = runtime;
                List<String> plan = phases.run("plan", () -> planOf(planner, r, timeout));
                for (int i = 0; i < plan.size(); i++) {
                    console.info(String.format("%3d. %s", i + 1, plan.get(i)));
                }
                return new UpRun(Report.of(labName, runtimeId, phases.outcomes(), List.of(), started,
                        Duration.between(started, clock.instant())), null, r);
            }
            runtime = runtimes.create(runtimeId, runner);
            Runtime rt = runtime;
            Duration timeout = timeoutFor(options, rt);
            Instant deadline = clock.instant().plus(timeout);
            phases.run("preflight", () -> {
                requirePreflight(rt.preflight(r), rt.id());
                return null;
            });
            deployed = true; // from here on, a failure must clean up
            phases.run("deploy", () -> {
                rt.deploy(r, timeout, new ConsoleProgress(console));
                return null;
            });
            LabStateStore.save(p.labDir(), new LabState(labName, runtimeId, r.dir().toString(), clock.instant(),
                    fingerprint(p.model())));
            Duration left = Duration.between(clock.instant(), deadline);
            Duration budget = left.compareTo(MIN_CONVERGE) < 0 ? MIN_CONVERGE : left;
            checks.addAll(phases.run("verify", () -> runChecks(rt, r, budget)));
            Report report = Report.of(labName, runtimeId, phases.outcomes(), checks, started,
                    Duration.between(started, clock.instant()));
            finish(report, r, rt, options.reportDir());
            return new UpRun(report, null, r);
        } catch (RuntimeException e) {
            // A lab that was already up is not ours to clean: tearing it down would destroy the running lab.
            if (deployed && runtime != null && rendered != null && checks.isEmpty() && !(e instanceof LabAlreadyUpException)) {
                // A failed or interrupted deploy must not leave a half-built lab behind. Cleanup runs
                // with the interrupt flag cleared (its commands would be refused), then restores it.
                boolean interrupted = Thread.interrupted();
                Runtime rt = runtime;
                RenderedLab r = rendered;
                try {
                    phases.runQuietly("cleanup", () -> rt.destroy(r.ref(), new ConsoleProgress(console)));
                    LabStateStore.delete(labDirOf(lab));
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            Report report = Report.of(labName, runtimeId, phases.outcomes(), checks, started,
                    Duration.between(started, clock.instant()));
            if (options.reportDir() != null) {
                writeReport(report, rendered, runtime, options.reportDir(), true);
            }
            return new UpRun(report, e, rendered);
        }
    }

    /**
     * State left behind by a lab of which nothing runs any more (a reboot, or namespaces removed by hand):
     * its leftovers are removed so that up can start afresh. True when that happened.
     */
    private boolean clearedStale(LabState state, Path labDir) {
        Runtime rt = runtimes.create(state.runtime(), runner);
        LabRef ref = new LabRef(state.name(), Path.of(state.renderedDir()));
        if (!rt.inspect(ref).absent()) {
            return false;
        }
        console.warn("lab " + state.name() + " was brought up at " + state.deployedAt() + " but nothing of it runs now"
                + " (a reboot?); removing its leftovers and starting afresh");
        rt.destroy(ref, Progress.NONE);
        LabStateStore.delete(labDir);
        return true;
    }

    private static Duration timeoutFor(UpOptions options, Runtime runtime) {
        return options.timeout() != null ? options.timeout() : runtime.defaultTimeout();
    }

    /** The lab names `up` accepts (validated as DNS-1123 labels), checked here without the full validator. */
    private static final java.util.regex.Pattern LAB_NAME = java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private static Path labFileOf(Path lab) {
        Path abs = lab.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs.resolve("lab.yaml") : abs;
    }

    private static Path labDirOf(Path lab) {
        Path abs = lab.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }

    private List<String> planOf(Runtime runtime, RenderedLab r, Duration timeout) {
        if (runtime instanceof PlanningRuntime planning) {
            return planning.plan(r, timeout);
        }
        dev.labforge.exec.DryRunCommandRunner dry = new dev.labforge.exec.DryRunCommandRunner();
        Runtime planned = runtimes.create(runtime.id(), dry);
        planned.deploy(r, timeout, Progress.NONE);
        return dry.planned().stream().map(c -> c.display() + "   (deadline " + c.timeout().toSeconds() + " s)").toList();
    }

    private static void requirePreflight(List<PreflightCheck> checks, String runtimeId) {
        List<PreflightCheck> failed = checks.stream().filter(c -> !c.ok()).toList();
        if (!failed.isEmpty()) {
            throw new PreflightException("the " + runtimeId + " runtime cannot run here: "
                    + failed.size() + " prerequisite(s) missing", failed);
        }
    }

    private List<CheckOutcome> runChecks(Runtime runtime, RenderedLab rendered, Duration budget) {
        List<Probe> probes = Probes.forLab(rendered.model());
        Poller poller = new Poller(runtime.probeTarget(rendered), clock, sleeper);
        return poller.awaitAll(probes, budget, POLL_INTERVAL, outcome -> console.info(checkLine(outcome)));
    }

    private static String checkLine(CheckOutcome c) {
        String mark = c.passed() ? "ok  " : c.failed() ? "FAIL" : "skip";
        if (c.passed()) {
            return "  " + mark + " " + c.name();
        }
        String observed = c.observed() == null ? "" : c.observed();
        return "  " + mark + " " + c.name()
                + (observed.contains("expected") ? "" : "\n         expected " + c.expected())
                + "\n         observed " + observed;
    }

    private void finish(Report report, RenderedLab rendered, Runtime runtime, Path reportDir) {
        if (reportDir != null) {
            writeReport(report, rendered, runtime, reportDir, report.verdict() == Verdict.FAILED);
        }
    }

    private void writeReport(Report report, RenderedLab rendered, Runtime runtime, Path reportDir, boolean bundle) {
        ReportWriter.writeJson(report, reportDir.resolve("report.json"));
        ReportWriter.writeJunit(List.of(report), reportDir.resolve("junit.xml"));
        if (bundle && rendered != null) {
            Map<String, String> artifacts = runtime == null ? Map.of() : safeDiagnostics(runtime, rendered);
            FailureBundle.write(reportDir.resolve("failure-bundle"), rendered.dir(), artifacts);
        }
        console.info("report: " + reportDir.resolve("report.json"));
    }

    private static Map<String, String> safeDiagnostics(Runtime runtime, RenderedLab rendered) {
        try {
            return runtime.diagnostics(rendered);
        } catch (RuntimeException e) {
            return Map.of("diagnostics-error.txt", String.valueOf(e.getMessage()));
        }
    }

    private static String failedSummary(Report report) {
        long failed = report.count(Verdict.FAILED);
        return failed + " of " + report.checks().size() + " checks failed for lab " + report.lab();
    }

    /** A digest of the resolved lab: equal for equal labs (comments and formatting of lab.yaml do not count). */
    static String fingerprint(Lab model) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(model.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public Report verify(Path lab, UpOptions options) {
        Prepared p = prepare(lab);
        // Checks built from an edited spec would test a lab that was never deployed.
        LabStateStore.load(labDirOf(lab)).filter(s -> !s.specFingerprint().isEmpty())
                .filter(s -> !s.specFingerprint().equals(fingerprint(p.model())))
                .ifPresent(s -> {
                    throw new UsageException("the spec of lab " + s.name() + " changed since `lab up` deployed it ("
                            + s.deployedAt() + "); the running lab is still the old one, so its checks would not match."
                            + " Apply the change with ./lab down " + lab + " && ./lab up " + lab
                            + " (or undo the edit to re-check the running lab)");
                });
        Deployed d = deployed(lab, () -> p.model().name(), options.runtime());
        Runtime runtime = runtimes.create(d.runtime(), runner);
        RenderedLab rendered = new RenderedLab(p.model().name(), d.renderedDir(), p.model());
        // Polling a lab that is not there would only fail every check after the whole budget.
        if (runtime.inspect(rendered.ref()).absent()) {
            throw new LabNotUpException(p.model().name(), lab.toString());
        }
        if (d.fromState() && !Files.isDirectory(d.renderedDir())) {
            throw new UsageException("the folder " + d.renderedDir() + " that lab " + d.name() + " was rendered into is gone;"
                    + " verify reads it. Re-create it with ./lab render " + lab
                    + (d.renderedDir().equals(labDirOf(lab).resolve("out")) ? "" : " -o " + d.renderedDir())
                    + " and verify again");
        }
        Phases phases = new Phases(console, clock);
        Instant started = clock.instant();
        Duration budget = options.timeout() != null ? options.timeout() : Duration.ofSeconds(30);
        List<CheckOutcome> checks = phases.run("verify", () -> runChecks(runtime, rendered, budget));
        Report report = Report.of(p.model().name(), d.runtime(), phases.outcomes(), checks, started,
                Duration.between(started, clock.instant()));
        finish(report, rendered, runtime, options.reportDir());
        if (report.verdict() == Verdict.FAILED) {
            throw new VerificationFailedException(failedSummary(report), report);
        }
        return report;
    }

    // ---- status / exec / down --------------------------------------------------------------

    /** Where and how a lab runs: saved state first, then the lab's name with the chosen runtime. */
    private record Deployed(String name, String runtime, Path renderedDir, boolean fromState) {
    }

    private Deployed deployed(Path lab, Supplier<String> nameIfKnown, String requestedRuntime) {
        Path labDir = labDirOf(lab);
        Optional<LabState> state = LabStateStore.load(labDir);
        if (state.isPresent()) {
            LabState s = state.get();
            String runtime = requestedRuntime != null && !requestedRuntime.isBlank() && !requestedRuntime.equals(Runtimes.AUTO)
                    ? requestedRuntime : s.runtime();
            return new Deployed(s.name(), runtime, Path.of(s.renderedDir()), true);
        }
        String name = nameIfKnown.get();
        if (name == null) {
            name = prepare(lab).model().name();
        } else if (!LAB_NAME.matcher(name).matches()) {
            // Unvalidated (down stays fast); a name that up would have refused cannot name anything running.
            throw new UsageException(labFileOf(lab) + ": the lab name '" + name + "' is not valid (lower-case letters,"
                    + " digits and '-'), so no lab of that name can be up; fix name: in lab.yaml (./lab validate "
                    + lab + " lists every problem)");
        }
        return new Deployed(name, runtimes.choose(requestedRuntime).id(), labDir.resolve("out"), false);
    }

    private String nameOrNull(Path lab) {
        try {
            return loader.load(lab).spec().name();
        } catch (LabSpecException e) {
            return null;
        }
    }

    @Override
    public LabInventory status(Path lab, String runtime) {
        Deployed d = deployed(lab, () -> nameOrNull(lab), runtime);
        return runtimes.create(d.runtime(), runner).inspect(new LabRef(d.name(), d.renderedDir()));
    }

    @Override
    public CommandResult exec(Path lab, String target, List<String> argv, String runtime) {
        Deployed d = deployed(lab, () -> nameOrNull(lab), runtime);
        Runtime rt = runtimes.create(d.runtime(), runner);
        LabRef ref = new LabRef(d.name(), d.renderedDir());
        CommandResult result = rt.exec(ref, target, argv, EXEC_TIMEOUT);
        // Only a failed command pays for the look: was it the command, or is the lab not up at all?
        if (result != null && !result.ok() && rt.inspect(ref).absent()) {
            throw new LabNotUpException(d.name(), lab.toString());
        }
        return result;
    }

    @Override
    public void down(Path lab, String runtime) {
        Deployed d = deployed(lab, () -> nameOrNull(lab), runtime);
        Phases phases = new Phases(console, clock);
        phases.run("down", () -> {
            runtimes.create(d.runtime(), runner).destroy(new LabRef(d.name(), d.renderedDir()), new ConsoleProgress(console));
            return null;
        });
        LabStateStore.delete(labDirOf(lab));
    }

    // ---- test ------------------------------------------------------------------------------

    @Override
    public List<Report> test(List<Path> labs, UpOptions options, int parallel) {
        int threads = Math.max(1, Math.min(parallel, labs.size()));
        List<Supplier<Report>> jobs = new ArrayList<>();
        for (Path lab : labs) {
            jobs.add(() -> testOne(lab, options));
        }
        List<Report> reports;
        if (threads == 1) {
            List<Report> done = new ArrayList<>();
            for (Supplier<Report> job : jobs) {
                if (Thread.currentThread().isInterrupted()) {
                    // Ctrl-C: the lab that was running has been cleaned up; the rest are not started.
                    console.warn("interrupted: " + (jobs.size() - done.size()) + " lab(s) not run");
                    break;
                }
                done.add(job.get());
            }
            reports = done;
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Report>> futures = jobs.stream().map(j -> pool.submit(j::get)).toList();
                List<Report> done = new ArrayList<>();
                for (Future<Report> f : futures) {
                    done.add(f.get());
                }
                reports = done;
            } catch (InterruptedException e) {
                throw InterruptedRunException.restore("testing labs", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a lab test crashed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        if (options.reportDir() != null) {
            ReportWriter.writeJunit(reports, options.reportDir().resolve("junit.xml"));
        }
        console.info("");
        console.info(summaryTable(reports));
        return reports;
    }

    private Report testOne(Path lab, UpOptions options) {
        Path labReportDir = options.reportDir() == null ? null
                : options.reportDir().resolve(labDirOf(lab).getFileName().toString());
        UpOptions one = new UpOptions(options.runtime(), labReportDir, options.timeout(), false, options.outDir());
        console.info("== " + lab);
        UpRun run = runUp(lab, one);
        Report report = run.report();
        if (run.failure() != null) {
            console.warn(lab + ": " + run.failure().getMessage());
        } else if (report.verdict() == Verdict.FAILED) {
            console.warn(ConsoleReport.verdictTable(report));
        }
        // down even when up failed half-way: it is idempotent and finds the lab by name.
        try {
            // ... but never a lab that was already up before this test: it is someone else's.
            if (!report.runtime().isEmpty() && run.rendered() != null && !(run.failure() instanceof LabAlreadyUpException)) {
                Runtime runtime = runtimes.create(report.runtime(), runner);
                Phases phases = new Phases(console, clock);
                // As for cleanup in up: a Ctrl-C must not stop the down (its commands would be refused).
                boolean interrupted = Thread.interrupted();
                try {
                    phases.runQuietly("down", () -> runtime.destroy(run.rendered().ref(), Progress.NONE));
                    LabStateStore.delete(labDirOf(lab));
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                List<PhaseOutcome> all = new ArrayList<>(report.phases());
                all.addAll(phases.outcomes());
                report = Report.of(report.lab(), report.runtime(), all, report.checks(), report.started(),
                        report.total().plus(phases.outcomes().stream().map(PhaseOutcome::took).reduce(Duration.ZERO, Duration::plus)));
                if (labReportDir != null) {
                    ReportWriter.writeJson(report, labReportDir.resolve("report.json"));
                }
            }
        } catch (RuntimeException e) {
            console.warn(lab + ": down failed: " + e.getMessage());
        }
        return report;
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
