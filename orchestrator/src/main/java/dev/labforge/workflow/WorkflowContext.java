package dev.labforge.workflow;

import dev.labforge.exec.CommandRunner;
import dev.labforge.wait.Sleeper;
import java.time.Clock;

/** What every workflow job works with: processes, the console, the runtimes, time, and the labs' locks. */
record WorkflowContext(CommandRunner runner, Console console, Runtimes runtimes, Clock clock, Sleeper sleeper, LabLocks locks) {

    Phases phases() {
        return new Phases(console, clock);
    }

    /** The same, printing to {@code other}. */
    WorkflowContext withConsole(Console other) {
        return new WorkflowContext(runner, other, runtimes, clock, sleeper, locks);
    }

    /** Which folder each lab name is up from (kept next to the locks). */
    LabFolders folders() {
        return new LabFolders(locks.dir());
    }
}
