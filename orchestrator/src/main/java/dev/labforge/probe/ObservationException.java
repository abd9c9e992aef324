package dev.labforge.probe;

/** An observation could not be made (command failed, output unparsable). */
public class ObservationException extends RuntimeException {
    public ObservationException(String message) {
        super(message);
    }

    public ObservationException(String message, Throwable cause) {
        super(message, cause);
    }
}
