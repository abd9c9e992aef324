package dev.labforge.probe;

/** Waiting for a check was interrupted (Ctrl-C, shutdown). Carries the check's name. */
public class ProbeInterruptedException extends InterruptedException {

    private final String check;

    public ProbeInterruptedException(String check) {
        super("interrupted while waiting for check '" + check + "'");
        this.check = check;
    }

    public String check() {
        return check;
    }
}
