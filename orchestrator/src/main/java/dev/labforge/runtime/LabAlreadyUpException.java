package dev.labforge.runtime;

/**
 * up found the lab (or something carrying its names) already there. Nothing was created, so the
 * caller must not clean up: that would tear down the lab that was already running.
 */
public class LabAlreadyUpException extends DeployException {
    public LabAlreadyUpException(String message) {
        super(message);
    }
}
