package dev.labforge.wait;

/**
 * The run was interrupted (Ctrl-C, shutdown) while it waited, slept or ran a command: exit code 130.
 * The one interrupt exception of labforge; whoever throws it has restored the thread's interrupt flag.
 */
public class InterruptedRunException extends RuntimeException {

    public InterruptedRunException(String message) {
        super(message);
    }

    public InterruptedRunException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For a caught {@link InterruptedException}: restores the interrupt flag and says what was interrupted. */
    public static InterruptedRunException restore(String what, InterruptedException cause) {
        Thread.currentThread().interrupt();
        return new InterruptedRunException("interrupted while " + what, cause);
    }
}
