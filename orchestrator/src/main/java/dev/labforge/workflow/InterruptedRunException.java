package dev.labforge.workflow;

/** The user interrupted a long phase (Ctrl-C): exit code 130. */
public class InterruptedRunException extends RuntimeException {
    public InterruptedRunException(String message) {
        super(message);
    }
}
