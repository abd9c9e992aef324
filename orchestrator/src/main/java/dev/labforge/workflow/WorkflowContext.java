package dev.labforge.workflow;

import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.MissingPackages;
import dev.labforge.wait.Sleeper;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every workflow job works with: processes, the console, the runtimes, time, the labs' locks, and the
 * machine's facts that decide whether `lab up` installs what a runtime is missing (read only when something is).
 */
record WorkflowContext(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper, LabLocks locks,
        Supplier<MissingPackages.Machine> machine) {

    /** On this machine: root by {@code id -u}, /etc/os-release, apt's lists, LAB_NO_INSTALL from the runtimes' environment. */
    WorkflowContext(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper, LabLocks locks) {
        this(runner, console, runtimes, clock, sleeper, locks, () -> PackageInstaller.thisMachine(runner, runtimes.env()));
    }

    Phases phases() {
        return new Phases(console, clock);
    }

    /** The same, printing to {@code other}. */
    WorkflowContext withConsole(Console other) {
        return new WorkflowContext(runner, other, runtimes, clock, sleeper, locks, machine);
    }

    /** Which folder each lab name is up from (kept next to the locks). */
    LabFolders folders() {
        return new LabFolders(locks.dir());
    }
}
