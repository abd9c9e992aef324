package dev.labforge.runtime;

/** Deploying failed; the message says which step, what happened and where to look. */
public class DeployException extends RuntimeException {
    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
