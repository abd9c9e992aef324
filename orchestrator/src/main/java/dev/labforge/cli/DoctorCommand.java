package dev.labforge.cli;

import dev.labforge.runtime.PreflightCheck;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "doctor",
        description = "Check what this machine needs to run labs (root, FRR, BIRD, iproute2 for netns; Docker, "
                + "containerlab, images for clab) and print the command that fixes each missing piece.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab doctor",
            "  ./lab doctor --runtime netns",
            "  ./lab doctor --runtime clab"
        })
final class DoctorCommand extends LabCommand {

    @Mixin
    RuntimeOption runtime;

    @Override
    public Integer call() {
        String which = runtime.resolve(spec, root.env());
        List<PreflightCheck> checks = root.backend().doctor(which);
        out().println("prerequisites (runtime " + which + "):");
        ExceptionMapper.printChecks(checks, out(), style());
        long failed = checks.stream().filter(c -> !c.ok()).count();
        if (failed == 0) {
            out().println(style().green("all " + checks.size() + " checks passed"));
            return ExitCodes.OK;
        }
        out().println(style().red(ExceptionMapper.count(failed, "check") + " failed") + "; run the fix commands above");
        return ExitCodes.ENVIRONMENT;
    }
}
