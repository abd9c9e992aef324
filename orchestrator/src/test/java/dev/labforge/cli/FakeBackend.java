package dev.labforge.cli;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.model.Lab;
import dev.labforge.report.Report;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Console;
import dev.labforge.workflow.LabService;
import dev.labforge.workflow.UpOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A hand-written stand-in for the workflow: records what the CLI asked for and answers with what the
 * test set up, or throws the failure the test wants mapped.
 */
final class FakeBackend implements CliBackend {
    final List<String> calls = new ArrayList<>();
    UpOptions lastOptions;
    Path lastLab;
    Path lastOutDir;
    String lastRuntime;
    String lastTarget;
    List<String> lastArgv;
    List<Path> lastLabs;
    int lastParallel;
    /** When set, every LabService call throws what it supplies. */
    Supplier<RuntimeException> failure;
    List<String> warnings = List.of();
    Path renderedDir;
    Report report;
    List<Report> reports = List.of();
    LabInventory inventory;
    CommandResult execResult;
    boolean lastInteractive;
    java.time.Duration lastTimeout;
    Map<String, List<PreflightCheck>> checks = Map.of();
    /** The checks after an install; null means the install changed nothing. */
    Map<String, List<PreflightCheck>> checksAfterInstall;
    int installExitCode;
    List<String> installed;
    Lab model;
    Console console;

    @Override
    public LabService service(Console console) {
        this.console = console;
        return new LabService() {
            @Override
            public List<String> validate(Path lab) {
                record("validate", lab);
                return warnings;
            }

            @Override
            public Path render(Path lab, Path outDir) {
                record("render", lab);
                lastOutDir = outDir;
                return renderedDir;
            }

            @Override
            public Report up(Path lab, UpOptions options) {
                record("up", lab);
                lastOptions = options;
                return report;
            }

            @Override
            public Report verify(Path lab, UpOptions options) {
                record("verify", lab);
                lastOptions = options;
                return report;
            }

            @Override
            public LabInventory status(Path lab, String runtime) {
                record("status", lab);
                lastRuntime = runtime;
                return inventory;
            }

            @Override
            public synchronized CommandResult exec(Path lab, String target, List<String> argv, String runtime, boolean interactive,
                    java.time.Duration timeout) {
                record("exec", lab);
                lastTarget = target;
                lastArgv = argv;
                lastRuntime = runtime;
                lastInteractive = interactive;
                lastTimeout = timeout;
                return execResult;
            }

            @Override
            public void down(Path lab, String runtime) {
                record("down", lab);
                lastRuntime = runtime;
            }

            @Override
            public List<Report> test(List<Path> labs, UpOptions options, int parallel) {
                calls.add("test");
                maybeFail();
                lastLabs = labs;
                lastOptions = options;
                lastParallel = parallel;
                return reports;
            }
        };
    }

    @Override
    public Lab model(Path lab) {
        record("model", lab);
        return model;
    }

    @Override
    public Map<String, List<PreflightCheck>> doctor(String runtime) {
        calls.add("doctor");
        maybeFail();
        lastRuntime = runtime;
        return checks;
    }

    private void record(String call, Path lab) {
        calls.add(call);
        lastLab = lab;
        maybeFail();
    }

    private void maybeFail() {
        if (failure != null) {
            throw failure.get();
        }
    }

    /** A report with one passed and, when {@code failing}, one failed ping check. */
    static Report report(String lab, boolean failing) {
        List<dev.labforge.report.CheckOutcome> checks = new ArrayList<>();
        checks.add(new dev.labforge.report.CheckOutcome("bgp ceos01 <-> k01-worker", "bgp", "Established", "Established",
                dev.labforge.report.Verdict.PASSED, Duration.ofMillis(900)));
        if (failing) {
            checks.add(new dev.labforge.report.CheckOutcome("ping multitool-1@k01-worker -> multitool-1@k01-worker3", "ping",
                    "reply, ttl 61", "100% loss", dev.labforge.report.Verdict.FAILED, Duration.ofSeconds(30)));
        }
        return Report.of(lab, "netns", List.of(dev.labforge.report.PhaseOutcome.ok("deploy", Duration.ofSeconds(2))),
                checks, java.time.Instant.parse("2026-11-26T07:00:00Z"), Duration.ofSeconds(33));
    }

    static CommandResult result(int exit, String stdout, String stderr, boolean timedOut) {
        return new CommandResult(Command.of("true"), exit, stdout, stderr, Duration.ofMillis(120), timedOut);
    }

    @Override
    public int installPackages(List<String> packages, java.io.PrintWriter out) {
        installed = packages;
        if (installExitCode == 0 && checksAfterInstall != null) {
            checks = checksAfterInstall;
        }
        return installExitCode;
    }
}
