package dev.labforge.cli;

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
                + " lab gets <dir>/<lab>/report.json and junit.xml. Exit 1 when any lab failed.",
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
        UpOptions options = new UpOptions(runtime.resolve(spec, root.env()), reportDir, timeout, false, null);
        // The workflow prints each lab's progress and the summary table; the exit code says it all.
        List<Report> reports = service().test(labs, options, parallel);
        boolean allPassed = reports.stream().allMatch(Reports::passed);
        return allPassed ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
    }
}
