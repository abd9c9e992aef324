package dev.labforge.cli;

/** A user-facing failure with a known exit code and a message that says what to do; printed without a stack trace. */
public class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
