package dev.labforge.cli;

/** The exit codes of `lab`, as documented in the README and in every command's help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check failed (BGP, route, ping). */
    public static final int VERIFICATION_FAILED = 1;
    /** The spec is invalid, or the command line is. */
    public static final int INVALID = 2;
    /** The machine lacks something (root, FRR, Docker ...); `lab doctor` says what. */
    public static final int ENVIRONMENT = 3;
    /** A bug or an unexpected failure; re-run with --debug for the stack trace. */
    public static final int INTERNAL = 4;
    /** Interrupted (Ctrl-C): 128 + SIGINT. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
