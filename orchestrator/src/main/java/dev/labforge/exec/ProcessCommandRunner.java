package dev.labforge.exec;

import dev.labforge.wait.InterruptedRunException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs commands as real processes. */
public final class ProcessCommandRunner implements CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);
    /** How long output may still come once the process has ended. */
    private static final Duration AFTER_EXIT = Duration.ofSeconds(1);
    /** One thread per stream being read, started at once: a shared pool could leave a stream unread while it fills up. */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "process-output");
        t.setDaemon(true);
        return t;
    });

    @Override
    public CommandResult run(Command command) {
        if (command.interactive()) {
            return runInteractive(command);
        }
        long start = System.nanoTime();
        LOG.debug("run: {}", command.display());
        Process process;
        try {
            process = builder(command).start();
        } catch (IOException e) {
            return notStarted(command, e, start);
        }
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            if (command.stdin() != null) {
                in.write(command.stdin().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // The process may exit without reading its input; that is not our failure.
        }
        boolean finished;
        try {
            finished = waitFor(process, command);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw InterruptedRunException.restore("running " + command.display(), e);
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        int code = finished ? process.exitValue() : -1;
        // A child left running in the background (sh -c 'sleep 300 &') keeps the pipes open: what it
        // has not written by shortly after the command ended is not the command's output.
        String stdout = out.text(AFTER_EXIT);
        String stderr = err.text(AFTER_EXIT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("exit {} after {} ms: {}", code, took.toMillis(), command.display());
        return new CommandResult(command, code, stdout, stderr, took, !finished);
    }

    private static ProcessBuilder builder(Command command) {
        ProcessBuilder pb = new ProcessBuilder(command.argv());
        if (command.cwd() != null) {
            pb.directory(command.cwd().toFile());
        }
        pb.environment().putAll(command.env());
        return pb;
    }

    /** A missing program is an exit code like the shell's 127, with the reason as stderr. */
    private static CommandResult notStarted(Command command, IOException e, long start) {
        return new CommandResult(command, 127, "", e.getMessage(), Duration.ofNanos(System.nanoTime() - start), false);
    }

    /** On labforge's own stdin, stdout and stderr: nothing to capture, the person at the terminal sees it all. */
    private CommandResult runInteractive(Command command) {
        long start = System.nanoTime();
        LOG.debug("run interactive: {}", command.display());
        Process process;
        try {
            process = builder(command).inheritIO().start();
        } catch (IOException e) {
            return notStarted(command, e, start);
        }
        boolean finished;
        // Ctrl-C on the terminal reaches the program and labforge alike: while the program runs it is the program's
        // (a shell cancels its line, tcpdump ends), so labforge does not shut down on it.
        sun.misc.SignalHandler before = onInterrupt(sig -> { });
        try {
            finished = waitFor(process, command);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw InterruptedRunException.restore("running " + command.display(), e);
        } finally {
            onInterrupt(before);
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new CommandResult(command, finished ? process.exitValue() : -1, "", "", Duration.ofNanos(System.nanoTime() - start),
                !finished);
    }

    /**
     * Sets the SIGINT handler, returning the one before (null where signals cannot be handled). A handler, not an
     * ignore: the program started meanwhile gets the default action back when it execs, so Ctrl-C still stops it.
     */
    private static sun.misc.SignalHandler onInterrupt(sun.misc.SignalHandler handler) {
        if (handler == null) {
            return null;
        }
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
        } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
            return null;
        }
    }

    private static boolean waitFor(Process process, Command command) throws InterruptedException {
        if (!command.limited()) {
            process.waitFor();
            return true;
        }
        return process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public BackgroundProcess start(Command command) {
        ProcessBuilder pb = new ProcessBuilder(command.argv())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (command.cwd() != null) {
            pb.directory(command.cwd().toFile());
        }
        pb.environment().putAll(command.env());
        LOG.debug("start: {}", command.display());
        try {
            Process p = pb.start();
            return new BackgroundProcess() {
                @Override
                public long pid() {
                    return p.pid();
                }

                @Override
                public boolean isAlive() {
                    return p.isAlive();
                }

                @Override
                public void close() {
                    p.destroy();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.display(), e);
        }
    }

    /** Reads a process's output stream to its end on another thread; {@link #text} takes what has come. */
    private static final class Drain {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final CompletableFuture<Void> done;

        Drain(InputStream stream) {
            done = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[8192];
                try (InputStream s = stream) {
                    for (int n; (n = s.read(chunk)) >= 0; ) {
                        synchronized (buf) {
                            buf.write(chunk, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The stream closed under us: what was read is what there is.
                }
            }, READERS);
        }

        /** Everything, once the stream ends; or what came, after {@code wait} (the stream left to the process). */
        String text(Duration wait) {
            try {
                done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException stillOpen) {
                // See above: a background child holds it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
