package dev.labforge.cli;

import dev.labforge.report.Report;
import dev.labforge.workflow.UpOptions;
import dev.labforge.workflow.VerificationFailedException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up",
        description = "Render, deploy, wait until BGP is established on both ends, then check routes and pings. "
                + "Prints each phase with its time. Leaves the lab running: `lab down` removes it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab up labs/10-calico-bgp-ippool",
            "  ./lab up labs/10-calico-bgp-ippool --runtime netns --report-dir reports/lab10",
            "  ./lab up labs/10-calico-bgp-ippool --dry-run",
            "  LAB_RUNTIME=clab ./lab up labs/10-calico-bgp-ippool --timeout 10m"
        })
final class UpCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Mixin
    RuntimeOption runtime;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Write report.json, junit.xml and, on failure, a bundle of configs, logs and show outputs.")
    Path reportDir;

    @Option(names = "--timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Deadline for deploy and convergence, e.g. 120s, 10m. Default: the runtime's "
                    + "(netns 120s; clab the sum of its phase deadlines, about 42m).")
    Duration timeout;

    @Option(names = "--dry-run", description = "Print the commands that would run; change nothing.")
    boolean dryRun;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>", description = "Rendered folder (default: <lab>/out/).")
    Path outDir;

    @Override
    public Integer call() {
        existingLab(lab);
        LabPaths.folderOption(spec, "--report-dir", reportDir);
        LabPaths.folderOption(spec, "-o", outDir);
        UpOptions options = new UpOptions(runtime.resolve(spec, root.env()), reportDir, timeout, dryRun, outDir);
        Report report;
        try {
            report = service().up(lab, options);
        } catch (VerificationFailedException e) {
            Reports.print(e.report(), out(), style(), verbose.verbose);
            throw new VerificationFailedException(e.getMessage(), null);
        }
        Reports.print(report, out(), style(), verbose.verbose);
        if (!dryRun) {
            out().println();
            out().println("The lab is running. Next: ./lab status " + lab + "   ./lab exec " + lab
                    + " <node> -- <cmd>   ./lab down " + lab);
        }
        return ExitCodes.OK;
    }
}
