package dev.labforge.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One process to run: an argument vector (never a shell string), optional working directory,
 * extra environment, a timeout and optional standard input.
 */
public record Command(List<String> argv, Path cwd, Map<String, String> env, Duration timeout, String stdin) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Command {
        Objects.requireNonNull(argv, "argv");
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program name");
        }
        argv = List.copyOf(argv);
        env = env == null ? Map.of() : Map.copyOf(env);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), null, Map.of(), DEFAULT_TIMEOUT, null);
    }

    public static Command of(List<String> argv) {
        return new Command(argv, null, Map.of(), DEFAULT_TIMEOUT, null);
    }

    public Command withTimeout(Duration newTimeout) {
        return new Command(argv, cwd, env, newTimeout, stdin);
    }

    public Command withCwd(Path dir) {
        return new Command(argv, dir, env, timeout, stdin);
    }

    public Command withEnv(Map<String, String> extraEnv) {
        return new Command(argv, cwd, extraEnv, timeout, stdin);
    }

    public Command withStdin(String input) {
        return new Command(argv, cwd, env, timeout, input);
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
