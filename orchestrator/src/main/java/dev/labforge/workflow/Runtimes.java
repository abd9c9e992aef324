package dev.labforge.workflow;

import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.Runtime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Chooses the runtime: the --runtime flag, then env LAB_RUNTIME, then auto — clab where a Docker
 * engine and containerlab are usable, netns otherwise.
 */
public final class Runtimes {
    public static final String AUTO = "auto";
    private final Map<String, Function<CommandRunner, Runtime>> factories;
    private final Supplier<Boolean> clabUsable;
    private final Map<String, String> env;

    public Runtimes(Map<String, Function<CommandRunner, Runtime>> factories, Supplier<Boolean> clabUsable,
                    Map<String, String> env) {
        this.factories = new LinkedHashMap<>(factories);
        this.clabUsable = clabUsable;
        this.env = env;
    }

    /** The environment the runtime is chosen by (LAB_RUNTIME) and that says whether to install (LAB_NO_INSTALL). */
    public Map<String, String> env() {
        return env;
    }

    /** The runtime id to use, with the reason, e.g. "netns (auto: no Docker engine found)". */
    public Choice choose(String requested) {
        String id = requested;
        String why = "--runtime";
        if (id == null || id.isBlank()) {
            id = env.get("LAB_RUNTIME");
            why = "LAB_RUNTIME";
        }
        if (id == null || id.isBlank() || id.equals(AUTO)) {
            boolean clab = clabUsable.get();
            return new Choice(clab ? "clab" : "netns",
                    clab ? "auto: Docker engine and containerlab found" : "auto: no usable Docker engine + containerlab");
        }
        if (!factories.containsKey(id)) {
            throw new UsageException("unknown runtime '" + id + "' (from " + why + "); valid runtimes: "
                    + String.join(", ", factories.keySet()) + ", " + AUTO);
        }
        return new Choice(id, why);
    }

    public Runtime create(String id, CommandRunner runner) {
        Function<CommandRunner, Runtime> f = factories.get(id);
        if (f == null) {
            throw new UsageException("unknown runtime '" + id + "'; valid runtimes: " + String.join(", ", factories.keySet()));
        }
        return f.apply(runner);
    }

    /** A Docker engine socket and a containerlab binary on PATH: cheap checks, no connection made. */
    public static boolean dockerAndContainerlabPresent(Map<String, String> env) {
        String host = env.getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
        boolean engine = host.startsWith("unix://") ? Files.exists(Path.of(host.substring("unix://".length()))) : true;
        return engine && onPath("containerlab", env);
    }

    static boolean onPath(String program, Map<String, String> env) {
        String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    public record Choice(String id, String reason) {
    }
}
