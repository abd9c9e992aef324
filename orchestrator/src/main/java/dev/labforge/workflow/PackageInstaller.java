package dev.labforge.workflow;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.MissingPackages;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * `lab up` on a fresh machine: when the runtime's preflight finds packages missing, {@link MissingPackages}
 * decides whether to install them; each command is printed before it runs, through the one runner.
 */
final class PackageInstaller {
    static final Duration LIMIT = Duration.ofMinutes(15);
    private static final Duration SHORT = Duration.ofSeconds(10);

    private final CommandRunner runner;
    private final Console console;
    private final java.util.function.Supplier<MissingPackages.Machine> machine;

    PackageInstaller(WorkflowContext ctx) {
        this.runner = ctx.runner();
        this.console = ctx.console();
        this.machine = ctx.machine();
    }

    /** This machine's facts: root by {@code id -u}, /etc/os-release, apt's package lists, LAB_NO_INSTALL. */
    static MissingPackages.Machine thisMachine(CommandRunner runner, Map<String, String> env) {
        CommandResult id = runner.run(Command.of("id", "-u").withTimeout(SHORT));
        boolean root = id.ok() && id.stdout().strip().equals("0");
        return MissingPackages.Machine.read(root, env, Path.of("/etc/os-release"), Path.of("/var/lib/apt/lists"));
    }

    /**
     * Installs what the failed checks name when the decision says so (true: ask the preflight again). When it
     * may not, the preflight's failure carries why and the command to run; a failed install says which.
     */
    boolean install(List<PreflightCheck> failed, String runtimeId) {
        MissingPackages.Decision decision = MissingPackages.decide(failed, machine.get());
        if (decision instanceof MissingPackages.Refuse refuse) {
            throw new PreflightException(missing(failed, runtimeId) + "; " + refuse.why(), failed);
        }
        if (!(decision instanceof MissingPackages.Install install)) {
            return false;
        }
        console.info("the " + runtimeId + " runtime needs " + String.join(", ", install.packages()) + ": installing them ("
                + MissingPackages.OPT_OUT + "=1 turns this off)");
        for (List<String> argv : install.commands()) {
            Command command = Command.of(argv).withEnv(Map.of("DEBIAN_FRONTEND", "noninteractive")).withTimeout(LIMIT);
            console.info("running: " + command.display());
            CommandResult r = runner.run(command);
            if (!r.ok()) {
                throw new PreflightException(missing(failed, runtimeId) + "; `" + command.display() + "` failed ("
                        + (r.timedOut() ? "no end after " + LIMIT.toMinutes() + " min" : "exit " + r.exitCode()) + "): "
                        + r.tail(3).strip() + "; fix that and run it again, or install them by hand: "
                        + MissingPackages.aptGetInstall(install.packages()), failed);
            }
        }
        return true;
    }

    static String missing(List<PreflightCheck> failed, String runtimeId) {
        return "the " + runtimeId + " runtime cannot run here: " + failed.size() + " prerequisite(s) missing";
    }
}
