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

    @Override
    public CommandResult run(Command command) {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command.argv());
        if (command.cwd() != null) {
            pb.directory(command.cwd().toFile());
        }
        pb.environment().putAll(command.env());
        LOG.debug("run: {}", command.display());
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            // A missing program is an exit code like the shell's 127, with the reason as stderr.
            return new CommandResult(command, 127, "", e.getMessage(), Duration.ofNanos(System.nanoTime() - start), false);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            if (command.stdin() != null) {
                in.write(command.stdin().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // The process may exit without reading its input; that is not our failure.
        }
        boolean finished;
        try {
            finished = process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS);
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
        String stdout = out.join();
        String stderr = err.join();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("exit {} after {} ms: {}", code, took.toMillis(), command.display());
        return new CommandResult(command, code, stdout, stderr, took, !finished);
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

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream s = stream; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
                s.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
