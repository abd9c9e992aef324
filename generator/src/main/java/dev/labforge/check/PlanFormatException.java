package dev.labforge.check;

/** labforge/plan.yaml (or another rendered file) does not read as labforge wrote it. */
public class PlanFormatException extends RuntimeException {
    public PlanFormatException(String message) {
        super(message);
    }

    public PlanFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
