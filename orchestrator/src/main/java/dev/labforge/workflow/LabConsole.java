package dev.labforge.workflow;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A console whose every line carries a lab's name ({@code [10-calico-bgp-ippool] ...}): `lab test
 * --parallel` runs labs side by side, and their lines interleave.
 */
final class LabConsole implements Console {
    private final Console inner;
    private final String prefix;

    LabConsole(Console inner, String lab) {
        this.inner = inner;
        this.prefix = "[" + lab + "] ";
    }

    @Override
    public void info(String line) {
        inner.info(prefixed(line));
    }

    @Override
    public void phase(String name) {
        inner.phase(prefix + name);
    }

    @Override
    public void phaseDone(String name, boolean ok, Duration took, String detail) {
        inner.phaseDone(prefix + name, ok, took, detail);
    }

    @Override
    public void warn(String line) {
        inner.warn(prefixed(line));
    }

    /** Each line of a multi-line text (a table, a summary) gets the name. */
    private String prefixed(String text) {
        if (text.isEmpty()) {
            return prefix.strip();
        }
        return text.lines().map(l -> (prefix + l).stripTrailing()).collect(Collectors.joining("\n"));
    }
}
