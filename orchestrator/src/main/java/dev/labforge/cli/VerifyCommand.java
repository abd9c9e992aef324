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

@Command(name = "verify",
        description = "Re-run the checks (BGP on both ends, routes against the IPAM plan, pings with TTL) against a "
                + "lab that `lab up` deployed, e.g. after you changed something by hand.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab verify labs/10-calico-bgp-ippool",
            "  ./lab verify labs/10-calico-bgp-ippool --report-dir reports/lab10"
        })
final class VerifyCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Mixin
    RuntimeOption runtime;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--report-dir", paramLabel = "<dir>", description = "Write report.json and junit.xml here.")
    Path reportDir;

    @Option(names = "--timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "How long checks may wait to converge (default: 30s).")
    Duration timeout;

    @Override
    public Integer call() {
        existingLab(lab);
        LabPaths.folderOption(spec, "--report-dir", reportDir);
        UpOptions options = new UpOptions(runtime.resolve(spec, root.env()), reportDir, timeout, false, null);
        Report report;
        try {
            report = service().verify(lab, options);
        } catch (VerificationFailedException e) {
            Reports.print(e.report(), out(), style(), verbose.verbose);
            throw new VerificationFailedException(e.getMessage(), null);
        }
        Reports.print(report, out(), style(), verbose.verbose);
        return ExitCodes.OK;
    }
}
