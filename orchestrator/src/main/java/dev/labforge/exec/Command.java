package dev.labforge.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One process to run: an argument vector (never a shell string), optional working directory,
 * extra environment, a timeout ({@link #NO_LIMIT} for none) and optional standard input. An
 * {@code interactive} command runs on labforge's own stdin, stdout and stderr (a shell, vtysh,
 * tcpdump for a person at the terminal); nothing of it is captured.
 */
public record Command(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, String stdin, boolean interactive) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** No time limit: the command runs until it ends (`lab exec` without --timeout). */
    public static final Duration NO_LIMIT = java.time.temporal.ChronoUnit.FOREVER.getDuration();

    public Command {
        Objects.requireNonNull(argv, "argv");
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program name");
        }
        argv = List.copyOf(argv);
        env = env == null ? Map.of() : Map.copyOf(env);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (interactive && stdin != null) {
            throw new IllegalArgumentException("an interactive command reads labforge's own stdin, not a given text");
        }
    }

    public Command(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, String stdin) {
        this(argv, cwd, env, timeout, stdin, false);
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), null, Map.of(), DEFAULT_TIMEOUT, null);
    }

    public static Command of(List<String> argv) {
        return new Command(argv, null, Map.of(), DEFAULT_TIMEOUT, null);
    }

    public Command withTimeout(Duration newTimeout) {
        return new Command(argv, cwd, env, newTimeout, stdin, interactive);
    }

    public Command withCwd(Path dir) {
        return new Command(argv, dir, env, timeout, stdin, interactive);
    }

    public Command withEnv(Map<String, String> extraEnv) {
        return new Command(argv, cwd, extraEnv, timeout, stdin, interactive);
    }

    public Command withStdin(String input) {
        return new Command(argv, cwd, env, timeout, input);
    }

    /** The same command on labforge's own stdin, stdout and stderr (when {@code on}). */
    public Command interactive(boolean on) {
        return new Command(argv, cwd, env, timeout, stdin, on);
    }

    public boolean limited() {
        return !NO_LIMIT.equals(timeout);
    }

    /** The command as a person would type it, for logs, plans and error messages (never executed). */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (String arg : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(arg.isEmpty() || arg.matches(".*[\\s'\"$`\\\\|&;<>(){}*?!#].*") ? "'" + arg.replace("'", "'\\''") + "'" : arg);
        }
        return sb.toString();
    }
}
