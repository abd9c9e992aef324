package dev.labforge.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs nothing: records each command so that `--dry-run` can print the plan. Every command "succeeds". */
public final class DryRunCommandRunner implements CommandRunner {
    private final List<Command> planned = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CommandResult run(Command command) {
        planned.add(command);
        return new CommandResult(command, 0, "", "", Duration.ZERO, false);
    }

    public List<Command> planned() {
        return List.copyOf(planned);
    }
}
