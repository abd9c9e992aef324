package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.clab.DockerEngine.ContainerSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * `lab down` for the clab runtime: by the rendered topology when it exists, else by containerlab's
 * own labels (exact match on containerlab=&lt;lab&gt;, never name patterns). Whatever still carries
 * that label afterwards (containerlab missing, or a crash it cannot undo) is removed through the
 * engine. Idempotent; every step is tried and what could not be removed is reported at the end.
 */
final class ClabTeardown {
    private static final Duration DESTROY_TIMEOUT = Duration.ofMinutes(5);
    static final String LAB_LABEL = "containerlab";

    private final ClabRuntime.Dependencies deps;

    ClabTeardown(ClabRuntime.Dependencies deps) {
        this.deps = deps;
    }

    void run(LabRef lab, Progress progress) {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = new LinkedHashSet<>();
        Path topology = lab.dir() == null ? null : lab.dir().resolve(RenderedPaths.TOPOLOGY);
        if (topology != null && Files.isRegularFile(topology)) {
            clusters.addAll(ClabTopologyFile.read(topology).kindClusters());
            progress.step("containerlab destroy -t " + RenderedPaths.TOPOLOGY + " --cleanup");
            destroyByTopology(topology, lab.dir(), lab.name(), progress, problems);
        } else {
            destroyByLabels(lab.name(), progress, clusters, problems);
        }
        new LabelSweep(deps.docker()).run(lab.name(), progress, problems);
        deleteClusters(clusters, progress, problems);
        if (lab.dir() != null) {
            for (String c : clusters) {
                try {
                    Files.deleteIfExists(ClabRuntime.kubeconfigPath(lab.dir(), c));
                } catch (IOException e) {
                    problems.add("cannot remove " + ClabRuntime.kubeconfigPath(lab.dir(), c) + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DeployException("lab " + lab.name() + " was not completely removed:\n  " + String.join("\n  ", problems));
        }
        progress.step("lab " + lab.name() + " removed");
    }

    private void destroyByTopology(Path topology, Path cwd, String lab, Progress progress, List<String> problems) {
        Command destroy = Command.of("containerlab", "destroy", "-t", topology.getFileName().toString(), "--cleanup")
                .withCwd(cwd).withTimeout(DESTROY_TIMEOUT);
        runContainerlab(destroy, lab, progress, problems);
    }

    private void runContainerlab(Command destroy, String lab, Progress progress, List<String> problems) {
        CommandResult r = deps.runner().run(destroy);
        if (r.ok()) {
            return;
        }
        // no containerlab here (e.g. `lab test` after a failed preflight): the label sweep removes what exists
        if (r.exitCode() == 127) {
            progress.step("containerlab is not installed: what carries " + LAB_LABEL + "=" + lab + " is removed through the Docker engine");
            return;
        }
        problems.add("`" + destroy.display() + "` exit " + r.exitCode() + ": " + r.tail(5));
    }

    /** No rendered folder: find this lab's containers by containerlab's own labels, never by name patterns. */
    private void destroyByLabels(String name, Progress progress, Set<String> clusters, List<String> problems) {
        List<ContainerSummary> containers;
        try {
            containers = deps.docker().listContainers(LAB_LABEL, name);
        } catch (DockerUnavailableException e) {
            return; // the label sweep says so: without an engine no container of the lab can exist
        }
        Set<String> topologies = new LinkedHashSet<>();
        for (ContainerSummary c : containers) {
            String file = c.labels().get("clab-topo-file");
            if (file != null && !file.isBlank()) {
                topologies.add(file);
            }
        }
        if (containers.isEmpty()) {
            progress.step("no container labelled containerlab=" + name + ": nothing for containerlab to remove");
        }
        for (String file : topologies) {
            Path topology = Path.of(file);
            if (Files.isRegularFile(topology)) {
                try {
                    ClabTopologyFile t = ClabTopologyFile.read(topology);
                    if (!t.name().equals(name)) {
                        problems.add(file + " names lab " + t.name() + ", not " + name + "; left alone");
                        continue;
                    }
                    clusters.addAll(t.kindClusters());
                } catch (RuntimeException e) {
                    problems.add("cannot read " + file + ": " + e.getMessage());
                    continue;
                }
                progress.step("containerlab destroy -t " + file + " --cleanup");
                destroyByTopology(topology, topology.getParent(), name, progress, problems);
            } else {
                // the topology file is gone too: containerlab can still destroy by lab name
                Command destroy = Command.of("containerlab", "destroy", "--name", name, "--cleanup").withTimeout(DESTROY_TIMEOUT);
                progress.step(destroy.display() + "  (" + file + " no longer exists)");
                runContainerlab(destroy, name, progress, problems);
            }
        }
    }

    private void deleteClusters(Set<String> clusters, Progress progress, List<String> problems) {
        if (clusters.isEmpty()) {
            return;
        }
        CommandResult list = deps.runner().run(Command.of("kind", "get", "clusters").withTimeout(Duration.ofSeconds(30)));
        if (list.exitCode() == 127) {
            progress.step("kind is not installed, so no kind cluster " + clusters + " exists");
            return;
        }
        if (!list.ok()) {
            problems.add("`kind get clusters` exit " + list.exitCode() + ": " + list.tail(3)
                    + "; remove the cluster(s) " + clusters + " with kind delete cluster --name <name>");
            return;
        }
        Set<String> existing = new LinkedHashSet<>(list.stdout().lines().map(String::strip).toList());
        for (String cluster : clusters) {
            if (!existing.contains(cluster)) {
                continue;
            }
            Command delete = Command.of("kind", "delete", "cluster", "--name", cluster).withTimeout(DESTROY_TIMEOUT);
            progress.step(delete.display());
            CommandResult r = deps.runner().run(delete);
            if (!r.ok()) {
                problems.add("`" + delete.display() + "` exit " + r.exitCode() + ": " + r.tail(5));
            }
        }
    }

}
