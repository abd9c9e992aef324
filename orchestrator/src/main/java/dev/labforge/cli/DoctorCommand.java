package dev.labforge.cli;

import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Runtimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Map<String, List<PreflightCheck>> byRuntime = root.backend().doctor(which);
        List<String> usable = new ArrayList<>();
        for (Map.Entry<String, List<PreflightCheck>> e : byRuntime.entrySet()) {
            List<PreflightCheck> checks = e.getValue();
            long failed = checks.stream().filter(c -> !c.ok()).count();
            out().println("runtime " + e.getKey() + ":");
            ExceptionMapper.printChecks(checks, out(), style());
            if (failed == 0) {
                usable.add(e.getKey());
                out().println("  " + style().green("ready") + " (" + ExceptionMapper.count(checks.size(), "check")
                        + " passed)");
            } else {
                out().println("  " + style().red(ExceptionMapper.count(failed, "check") + " failed")
                        + "; run the fix commands above");
            }
        }
        if (byRuntime.isEmpty()) {
            out().println(style().red("no runtime is registered in this build"));
            return ExitCodes.ENVIRONMENT;
        }
        if (Runtimes.AUTO.equals(which)) {
            // auto needs one usable runtime, not all of them.
            out().println(usable.isEmpty() ? style().red("no runtime can run here")
                    : "auto: " + String.join(" and ", usable) + " can run here");
        }
        boolean ready = Runtimes.AUTO.equals(which) ? !usable.isEmpty() : usable.size() == byRuntime.size();
        return ready ? ExitCodes.OK : ExitCodes.ENVIRONMENT;
    }
}
