package dev.labforge.runtime;

/** Receives progress from long phases; the CLI prints it, tests collect it. */
public interface Progress {

    /** A sub-step started, e.g. "namespaces", "bgp daemons". */
    void step(String message);

    Progress NONE = message -> { };
}
