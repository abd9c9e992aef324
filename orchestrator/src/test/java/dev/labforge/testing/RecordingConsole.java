package dev.labforge.testing;

import dev.labforge.workflow.Console;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Console that keeps every line (thread-safe, for parallel lab tests) so tests can assert on it. */
public final class RecordingConsole implements Console {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String line) {
        lines.add(line);
    }

    @Override
    public void phase(String name) {
        lines.add("phase " + name);
    }

    @Override
    public void phaseDone(String name, boolean ok, Duration took, String detail) {
        lines.add("done " + name + " " + ok + (detail == null || detail.isEmpty() ? "" : " " + detail));
    }

    @Override
    public void warn(String line) {
        lines.add("warn " + line);
    }
}
