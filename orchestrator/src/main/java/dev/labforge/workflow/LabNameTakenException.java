package dev.labforge.workflow;

/** A lab of the same name is up from another folder: exit 3; the message names both folders. */
public class LabNameTakenException extends RuntimeException {
    public LabNameTakenException(String message) {
        super(message);
    }
}
