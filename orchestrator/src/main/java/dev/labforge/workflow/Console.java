package dev.labforge.workflow;

/**
 * Where user-facing output goes (the CLI prints it; tests collect it). Library code never prints
 * to System.out; it reports here or logs through SLF4J.
 */
public interface Console {

    /** A line of normal output. */
    void info(String line);

    /** A phase started: "deploy", "bgp", ... The CLI prints it with a running timer. */
    void phase(String name);

    /** The current phase ended; {@code ok} false marks it failed. */
    void phaseDone(String name, boolean ok, java.time.Duration took, String detail);

    /** A warning (spec warnings, skipped steps). */
    void warn(String line);

    Console SILENT = new Console() {
        @Override
        public void info(String line) {
        }

        @Override
        public void phase(String name) {
        }

        @Override
        public void phaseDone(String name, boolean ok, java.time.Duration took, String detail) {
        }

        @Override
        public void warn(String line) {
        }
    };
}
