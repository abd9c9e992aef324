package dev.labforge.exec;

import java.time.Duration;

/** What a finished process left behind. A non-zero exit is data here; callers decide what it means. */
public record CommandResult(Command command, int exitCode, String stdout, String stderr, Duration took, boolean timedOut) {

    public boolean ok() {
        return exitCode == 0 && !timedOut;
    }

    /** Throws {@link CommandFailedException} unless the process exited 0. */
    public CommandResult orThrow() {
        if (!ok()) {
            throw new CommandFailedException(this);
        }
        return this;
    }

    /** The last lines of stderr (or stdout when stderr is empty), for error messages. */
    public String tail(int lines) {
        String text = stderr == null || stderr.isBlank() ? stdout : stderr;
        if (text == null) {
            return "";
        }
        String[] all = text.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }
}
