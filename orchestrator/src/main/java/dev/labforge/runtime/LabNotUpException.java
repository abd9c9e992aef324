package dev.labforge.runtime;

/** verify/exec/status found nothing of the lab running; the message says how to start it. */
public class LabNotUpException extends RuntimeException {
    public LabNotUpException(String lab, String labArg) {
        super("lab " + lab + " is not up (nothing of it is running); start it with ./lab up " + labArg);
    }
}
