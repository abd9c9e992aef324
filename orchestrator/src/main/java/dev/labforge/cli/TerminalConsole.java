package dev.labforge.cli;

import dev.labforge.wait.Durations;
import dev.labforge.workflow.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Prints workflow progress for people: one line per phase with the time since the command started,
 * e.g. {@code [ 1.23s] deploy ... ok (0.84 s)}. A phase's line is opened when it starts and finished
 * when it ends, so a hanging phase is visible while it hangs; any line printed in between closes it first.
 * Safe to share between threads.
 * Warnings go to stderr, as they are (in yellow on a terminal).
 */
public final class TerminalConsole implements Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;
    private final LongSupplier nanoTime;
    private final long start;
    /** The phase whose "name ..." is printed without its result yet, or null; and the thread that started it. */
    private String open;
    private Thread openedBy;

    public TerminalConsole(PrintWriter out, PrintWriter err, Style style, LongSupplier nanoTime) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    public TerminalConsole(PrintWriter out, PrintWriter err, Style style) {
        this(out, err, style, System::nanoTime);
    }

    @Override
    public synchronized void info(String line) {
        closeOpenLine();
        out.println(line);
        out.flush();
    }

    @Override
    public synchronized void phase(String name) {
        closeOpenLine();
        out.print(stamp() + " " + name + " ...");
        out.flush();
        open = name;
        openedBy = Thread.currentThread();
    }

    @Override
    public synchronized void phaseDone(String name, boolean ok, Duration took, String detail) {
        String result = (ok ? style.green("ok") : style.red("FAILED"))
                + " (" + Durations.text(took) + ")"
                + (detail == null || detail.isBlank() ? "" : " " + detail);
        // Only the thread that opened the line may finish it (`lab test --parallel` runs labs side by side).
        if (name.equals(open) && openedBy == Thread.currentThread()) {
            out.println(" " + result);
            open = null;
        } else {
            closeOpenLine();
            out.println(stamp() + " " + name + " ... " + result);
        }
        out.flush();
    }

    @Override
    public synchronized void warn(String line) {
        closeOpenLine();
        // Printed as given: spec warnings arrive formatted ("file:line:col: warning[CODE] ..."), and
        // the workflow also passes whole tables here.
        err.println(style.yellow(line));
        err.flush();
    }

    private void closeOpenLine() {
        if (open != null) {
            out.println();
            open = null;
        }
    }

    private String stamp() {
        return style.dim(Durations.stamp(Duration.ofNanos(nanoTime.getAsLong() - start)));
    }
}
