package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An in-memory Docker engine: containers with labels and states, logs, scripted exec answers. */
final class FakeDockerEngine implements DockerEngine {
    boolean reachable = true;
    final Map<String, Map<String, String>> containers = new LinkedHashMap<>();
    final Map<String, ContainerState> states = new HashMap<>();
    final Map<String, String> logs = new HashMap<>();
    final List<String> images = new ArrayList<>();
    final Map<String, Function<List<String>, CommandResult>> execAnswers = new HashMap<>();
    final List<String> labelQueries = new ArrayList<>();
    final List<String> execs = new ArrayList<>();

    FakeDockerEngine container(String name, Map<String, String> labels) {
        containers.put(name, labels);
        states.put(name, new ContainerState(name, ContainerState.Status.RUNNING, 0, false, "running"));
        return this;
    }

    FakeDockerEngine running(String... names) {
        for (String n : names) {
            container(n, Map.of());
        }
        return this;
    }

    @Override
    public String ping() {
        check();
        return "27.5.1";
    }

    @Override
    public String endpoint() {
        return "unix:///var/run/docker.sock";
    }

    @Override
    public boolean imageExists(String image) {
        check();
        return images.contains(image);
    }

    @Override
    public ContainerState containerState(String name) {
        check();
        return states.getOrDefault(name, ContainerState.missing(name));
    }

    @Override
    public String logsTail(String container, int lines) {
        check();
        return logs.getOrDefault(container, "");
    }

    @Override
    public CommandResult exec(String container, List<String> argv, Duration timeout) {
        check();
        execs.add(container + " " + String.join(" ", argv));
        List<String> shown = new ArrayList<>(List.of("docker", "exec", container));
        shown.addAll(argv);
        Function<List<String>, CommandResult> answer = execAnswers.get(container);
        if (answer == null) {
            throw new AssertionError("unexpected docker exec: " + shown);
        }
        CommandResult r = answer.apply(argv);
        return new CommandResult(Command.of(shown).withTimeout(timeout), r.exitCode(), r.stdout(), r.stderr(), r.took(), r.timedOut());
    }

    @Override
    public List<ContainerSummary> listContainers(String labelKey, String labelValue) {
        check();
        labelQueries.add(labelKey + "=" + labelValue);
        List<ContainerSummary> found = new ArrayList<>();
        containers.forEach((name, labels) -> {
            if (labelValue.equals(labels.get(labelKey))) {
                found.add(new ContainerSummary(name, labels));
            }
        });
        return found;
    }

    static CommandResult out(String stdout) {
        return new CommandResult(Command.of("x"), 0, stdout, "", Duration.ZERO, false);
    }

    private void check() {
        if (!reachable) {
            throw new DockerUnavailableException("cannot reach the Docker engine at unix:///var/run/docker.sock: "
                    + "NoSuchFileException (/var/run/docker.sock). Install and start Docker Engine", null);
        }
    }
}
