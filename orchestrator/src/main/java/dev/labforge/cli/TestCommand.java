package dev.labforge.cli;

import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.workflow.UpOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test",
        description = "For each lab: up, verify, down (down also when a check fails). For CI: with --report-dir every"
                + " lab gets <dir>/<lab>/report.json and junit.xml. Every lab runs even when another fails"
                + " (an invalid spec too); the summary lists each. Exit 0 when all passed, else the highest of the"
                + " failed labs' codes: 1 a check failed, 2 a spec is invalid, 3 preflight or deploy failed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab test labs/10-calico-bgp-ippool",
            "  ./lab test labs/* --runtime netns --report-dir reports --parallel 2"
        })
final class TestCommand extends LabCommand {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "<lab>", description = "Lab folders or their lab.yaml.")
    List<Path> labs;

    @Mixin
    RuntimeOption runtime;

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Write one report.json and junit.xml per lab here.")
    Path reportDir;

    @Option(names = "--parallel", paramLabel = "<n>", defaultValue = "1",
            description = "How many labs at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Deadline per lab for deploy and convergence (default: the runtime's, as for up).")
    Duration timeout;

    @Override
    public Integer call() {
        if (parallel < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--parallel must be at least 1, was " + parallel);
        }
        labs.forEach(this::existingLab);
        LabPaths.folderOption(spec, "--report-dir", reportDir);
        UpOptions options = new UpOptions(runtime.resolve(spec, root.env()), reportDir, timeout, false, null);
        // The workflow prints each lab's progress and the summary table; the exit code says it all.
        List<Report> reports = service().test(labs, options, parallel);
        return reports.stream().mapToInt(TestCommand::exitCodeOf).max().orElse(ExitCodes.OK);
    }

    /** What `lab up` would have exited with for this lab, read from where its run stopped. */
    static int exitCodeOf(Report report) {
        if (Reports.passed(report)) {
            return ExitCodes.OK;
        }
        String failedPhase = report.phases().stream().filter(p -> p.status() == PhaseOutcome.Status.FAILED)
                .map(PhaseOutcome::name).findFirst().orElse("");
        return switch (failedPhase) {
            case "validate", "render" -> ExitCodes.INVALID;
            case "preflight", "deploy" -> ExitCodes.ENVIRONMENT;
            default -> ExitCodes.VERIFICATION_FAILED;
        };
    }
}
