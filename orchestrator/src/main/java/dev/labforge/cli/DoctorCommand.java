package dev.labforge.cli;

import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.Runtimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor",
        description = "Check what this machine needs to run labs (root, FRR, BIRD, iproute2 for netns; Docker, "
                + "containerlab, images for clab) and print the command that fixes each missing piece.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab doctor",
            "  ./lab doctor --runtime netns",
            "  ./lab doctor --runtime clab",
            "  ./lab doctor --runtime netns --install    (runs apt-get, as root)"
        })
final class DoctorCommand extends LabCommand {

    @Mixin
    RuntimeOption runtime;

    @Option(names = "--install", description = "If the netns runtime is missing packages, install them now with "
            + "apt-get (frr bird iproute2 iputils-ping procps; needs root). Nothing is installed without this flag.")
    boolean install;

    @Override
    public Integer call() {
        String which = runtime.resolve(spec, root.env());
        Map<String, List<PreflightCheck>> byRuntime = root.backend().doctor(which);
        if (install && byRuntime.getOrDefault("netns", List.of()).stream().anyMatch(c -> !c.ok())) {
            int code = root.backend().installPackages(CliBackend.NETNS_PACKAGES, out());
            if (code != 0) {
                err().println(style().red("installing " + String.join(" ", CliBackend.NETNS_PACKAGES)
                        + " failed (exit " + code + ")") + "; install them by hand: apt-get install -y "
                        + String.join(" ", CliBackend.NETNS_PACKAGES));
                return ExitCodes.ENVIRONMENT;
            }
            byRuntime = root.backend().doctor(which);
        }
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
