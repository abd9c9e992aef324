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
    final Map<String, Map<String, String>> networks = new LinkedHashMap<>();
    final Map<String, Map<String, String>> volumes = new LinkedHashMap<>();
    final List<String> removed = new ArrayList<>();
    /** When set, removeContainer fails with this message (a container the engine cannot remove). */
    String removalRefusal;

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

    @Override
    public List<String> listNetworks(String labelKey, String labelValue) {
        check();
        return labelled(networks, labelKey, labelValue);
    }

    @Override
    public List<String> listVolumes(String labelKey, String labelValue) {
        check();
        return labelled(volumes, labelKey, labelValue);
    }

    @Override
    public void removeContainer(String name) {
        check();
        if (removalRefusal != null) {
            throw new IllegalStateException(removalRefusal);
        }
        removed.add("container " + name);
        containers.remove(name);
        states.remove(name);
    }

    @Override
    public void removeNetwork(String name) {
        check();
        removed.add("network " + name);
        networks.remove(name);
    }

    @Override
    public void removeVolume(String name) {
        check();
        removed.add("volume " + name);
        volumes.remove(name);
    }

    private static List<String> labelled(Map<String, Map<String, String>> resources, String key, String value) {
        return resources.entrySet().stream().filter(e -> value.equals(e.getValue().get(key))).map(Map.Entry::getKey).toList();
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
