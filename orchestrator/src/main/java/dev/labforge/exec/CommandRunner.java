package dev.labforge.exec;

/**
 * The one seam through which labforge starts processes. Nothing else calls ProcessBuilder.
 * Implementations: {@link ProcessCommandRunner} (real), {@link DryRunCommandRunner} (records a plan),
 * and scripted fakes in tests.
 */
public interface CommandRunner {

    /** Runs the command to completion (or its timeout). Never throws for a non-zero exit. */
    CommandResult run(Command command);

    /**
     * Starts a long-lived process and returns without waiting (used for daemons that do not fork).
     * The default refuses: runners that can start background processes override it.
     */
    default BackgroundProcess start(Command command) {
        throw new UnsupportedOperationException("this runner cannot start background processes: " + command.display());
    }

    /** Handle on a process started with {@link #start(Command)}. */
    interface BackgroundProcess extends AutoCloseable {
        long pid();

        boolean isAlive();

        @Override
        void close();
    }
}
