package dev.labforge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `lab ...` as its own JVM (the real main: real streams, signals, exit code), on the test classpath: for
 * what needs another process (two commands at once, SIGKILL at a random point, stdin and a terminal).
 * Output goes to files, so a killed process leaves what it printed.
 */
public final class LabProcess {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private LabProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The argv that runs `lab args...` in a new JVM. */
    public static List<String> argv(String... args) {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.labforge.cli.LabCli"));
        argv.addAll(List.of(args));
        return argv;
    }

    /** Starts `lab args...`; its output goes to files under {@code logs} (named by {@code name}), stdin is empty. */
    public static LabProcess start(Path logs, String name, String... args) {
        return startArgv(logs, name, null, argv(args));
    }

    /** Starts {@code argv} (e.g. {@link #argv} inside `script`, for a terminal) with {@code stdin} as its input. */
    public static LabProcess startArgv(Path logs, String name, String stdin, List<String> argv) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            Path in = logs.resolve(name + ".in");
            Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(in.toFile()).start();
            return new LabProcess(p, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * `lab args...` on a terminal of its own: inside `script`, which gives it a pseudo-terminal and types
     * {@code typed} into it. The arguments are fixed test text, quoted for script's shell.
     */
    public static LabProcess onTerminal(Path logs, String name, String typed, String... args) {
        StringBuilder line = new StringBuilder();
        for (String a : argv(args)) {
            line.append(line.length() == 0 ? "" : " ").append("'").append(a.replace("'", "'\\''")).append("'");
        }
        return startArgv(logs, name, typed, List.of("script", "-qec", line.toString(), "/dev/null"));
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for the exit code (at most {@code seconds}; -1 when it did not end in that time). */
    public int waitFor(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no cleanup; then waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
