package dev.labforge.runtime;

/** exec was asked for something the target cannot do as given (no command, a CLI it does not have). */
public class ExecUsageException extends RuntimeException {
    public ExecUsageException(String message) {
        super(message);
    }
}
