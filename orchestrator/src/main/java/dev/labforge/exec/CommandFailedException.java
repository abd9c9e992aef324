package dev.labforge.exec;

import dev.labforge.wait.Durations;

/** A process that had to succeed did not. Carries the whole result for reports. */
public class CommandFailedException extends RuntimeException {
    private final transient CommandResult result;

    public CommandFailedException(CommandResult result) {
        super(describe(result));
        this.result = result;
    }

    public CommandResult result() {
        return result;
    }

    private static String describe(CommandResult r) {
        String why = r.timedOut()
                ? "timed out after " + Durations.text(r.command().timeout())
                : "exited with code " + r.exitCode();
        String tail = r.tail(5);
        return "`" + r.command().display() + "` " + why + (tail.isEmpty() ? "" : ":\n" + tail.indent(2).stripTrailing());
    }
}
