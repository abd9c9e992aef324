package dev.labforge.workflow;

/**
 * Another command is changing this lab right now (it holds the lab's lock): exit 3, nothing was changed.
 * The message names who: "lab X is being changed by PID N (up labs/...); try again when it ends".
 */
public class LabBusyException extends RuntimeException {
    public LabBusyException(String message) {
        super(message);
    }
}
