package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Workload;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.clab.ClabRuntime.Dependencies;
import dev.labforge.runtime.clab.DockerEngine.ContainerState;
import dev.labforge.runtime.clab.KubeClusterApi.ResourceRef;
import dev.labforge.wait.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The clab deploy after preflight as an ordered list of {@link ClabStep}s, built from the rendered folder
 * and the model only: containerlab deploy, kubeconfig, Calico operator, the lab's resources, the
 * readiness waits and the ToR checks ({@link TorConfigSteps}). The same list is run by
 * {@link ClabStepRunner} and printed by the plan; each body is a small method here.
 */
final class ClabSteps {
    private final Dependencies deps;
    private final PhaseWait waiter;

    ClabSteps(Dependencies deps, PhaseWait waiter) {
        this.deps = deps;
        this.waiter = waiter;
    }

    List<ClabStep> of(RenderedLab lab) {
        Lab model = lab.model();
        Path dir = lab.dir();
        String cluster = model.cluster().name();
        Path kubeconfig = ClabRuntime.kubeconfigPath(dir, cluster);
        // a lab without a ToR has only the kind cluster: no router container, no tor-config phase
        Optional<String> tor = model.tor().map(t -> ClabTopologyFile.containerName(lab.name(), t.name()));
        String version = model.calico().version();
        List<ClabStep> steps = new ArrayList<>();

        Command deploy = Command.of("containerlab", "deploy", "-t", RenderedPaths.TOPOLOGY, "--reconfigure").withCwd(dir);
        steps.add(new ClabStep(ClabPhase.CONTAINERLAB_DEPLOY, "$ " + deploy.display(), deploy, r -> runContainerlabDeploy(r, deploy, tor)));
        List<String> containers = new ArrayList<>();
        tor.ifPresent(containers::add);
        model.cluster().nodes().forEach(n -> containers.add(n.name()));
        steps.add(new ClabStep(ClabPhase.CONTAINERLAB_DEPLOY, "docker: containers running: " + String.join(", ", containers),
                null, r -> checkContainersRunning(containers)));

        Command getKubeconfig = Command.of("kind", "get", "kubeconfig", "--name", cluster).withTimeout(Duration.ofSeconds(30));
        steps.add(new ClabStep(ClabPhase.KUBECONFIG, "$ " + getKubeconfig.display() + " > " + dir.relativize(kubeconfig),
                getKubeconfig, r -> writeKubeconfig(getKubeconfig, kubeconfig)));
        steps.add(new ClabStep(ClabPhase.KUBECONFIG, "kubernetes: API server of " + cluster + " answers (list nodes)", null,
                r -> waiter.await("the API server of kind cluster " + cluster, r.deadline, () -> {
                    r.kube(kubeconfig).nodesReady();
                    return null;
                })));

        steps.add(new ClabStep(ClabPhase.CALICO_OPERATOR, "fetch Calico " + version + " " + String.join(" and ", CalicoManifests.FILES)
                + " (cache " + home(deps.manifests().cachedPath(version, CalicoManifests.CRDS).getParent()) + "/, else "
                + CalicoManifests.uri(version, "").toString() + ")", null, r -> fetchManifests(r, version)));
        steps.add(new ClabStep(ClabPhase.CALICO_OPERATOR, "kubernetes: apply " + CalicoManifests.CRDS, null,
                r -> r.crds = r.kube(kubeconfig).apply(r.manifests.get(CalicoManifests.CRDS)).stream()
                        .filter(x -> x.kind().equals("CustomResourceDefinition")).map(ResourceRef::name).toList()));
        steps.add(new ClabStep(ClabPhase.CALICO_OPERATOR, "kubernetes: wait until every CRD of " + CalicoManifests.CRDS
                + " is Established", null, r -> waiter.await("the Calico CRDs to be Established", r.deadline, () -> {
                    List<String> pending = r.crds.stream().filter(c -> !r.kube(kubeconfig).crdEstablished(c)).toList();
                    return pending.isEmpty() ? null : "not Established yet: " + KubeReadiness.abbreviate(pending);
                })));
        steps.add(new ClabStep(ClabPhase.CALICO_OPERATOR, "kubernetes: apply " + CalicoManifests.OPERATOR, null,
                r -> r.kube(kubeconfig).apply(r.manifests.get(CalicoManifests.OPERATOR))));
        steps.add(applyStep(ClabPhase.CALICO_OPERATOR, dir, dir.resolve(RenderedPaths.CUSTOM_RESOURCES), kubeconfig));

        steps.add(new ClabStep(ClabPhase.CALICO_READY, "kubernetes: wait for TigeraStatus calico and apiserver Available=True", null,
                r -> waiter.await("TigeraStatus calico and apiserver Available=True", r.deadline,
                        () -> KubeReadiness.tigeraPending(r.kube(kubeconfig)))));

        for (Path file : labResourceFiles(dir)) {
            steps.add(applyStep(ClabPhase.LAB_RESOURCES, dir, file, kubeconfig));
        }

        List<String> nodes = model.cluster().nodes().stream().map(Node::name).toList();
        steps.add(new ClabStep(ClabPhase.NODES_READY, "kubernetes: wait for nodes Ready: " + String.join(", ", nodes), null,
                r -> waiter.await("nodes Ready", r.deadline, () -> KubeReadiness.nodesPending(r.kube(kubeconfig).nodesReady(), nodes))));

        for (Workload w : model.workloads()) {
            String selector = "app=" + w.name();
            int expected = w.nodes().size();
            steps.add(new ClabStep(ClabPhase.WORKLOADS_READY, "kubernetes: wait for " + expected + " pod(s) " + selector
                    + " Ready in namespace " + ClabRuntime.NAMESPACE, null,
                    r -> waiter.await("pods " + selector + " Ready", r.deadline,
                            () -> KubeReadiness.podsPending(r.kube(kubeconfig).pods(ClabRuntime.NAMESPACE, selector), selector, expected))));
        }

        tor.ifPresent(t -> steps.addAll(new TorConfigSteps(deps, waiter).of(dir, t)));
        return steps;
    }

    private void runContainerlabDeploy(ClabRun r, Command deploy, Optional<String> tor) {
        CommandResult result = deps.runner().run(deploy.withTimeout(r.remaining()));
        if (result.timedOut()) {
            throw new DeployException("`" + deploy.display() + "` did not finish within " + Durations.flag(r.deadline.total())
                    + "; containerlab waits for the cEOS CLI without a timeout of its own, so a ToR that never boots"
                    + " hangs here. " + tor.map(this::safeState).orElse("") + lastLines(result));
        }
        if (!result.ok()) {
            throw new DeployException("`" + deploy.display() + "` failed with exit code " + result.exitCode() + lastLines(result));
        }
    }

    private void checkContainersRunning(List<String> containers) {
        List<String> notRunning = new ArrayList<>();
        for (String c : containers) {
            ContainerState s = deps.docker().containerState(c);
            if (!s.running()) {
                String log = s.status() == ContainerState.Status.MISSING ? "" : indent(deps.docker().logsTail(c, 20));
                notRunning.add(s.describe() + (log.isBlank() ? "" : "\n" + log));
            }
        }
        if (!notRunning.isEmpty()) {
            throw new DeployException("containerlab returned but not every container runs:\n  " + String.join("\n  ", notRunning));
        }
    }

    private void writeKubeconfig(Command getKubeconfig, Path kubeconfig) {
        CommandResult result = deps.runner().run(getKubeconfig);
        if (!result.ok() || result.stdout().isBlank()) {
            throw new DeployException("`" + getKubeconfig.display() + "` gave no kubeconfig (exit " + result.exitCode()
                    + (result.timedOut() ? ", timed out" : "") + ")" + lastLines(result));
        }
        try {
            Files.writeString(kubeconfig, result.stdout());
            try {
                Files.setPosixFilePermissions(kubeconfig, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: keep the default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kubeconfig, e);
        }
    }

    private void fetchManifests(ClabRun r, String version) {
        for (String file : CalicoManifests.FILES) {
            r.manifests.put(file, deps.manifests().ensure(version, file, r.remaining()));
        }
    }

    private static ClabStep applyStep(ClabPhase phase, Path dir, Path file, Path kubeconfig) {
        return new ClabStep(phase, "kubernetes: apply " + dir.relativize(file), null, r -> {
            if (!Files.isRegularFile(file)) {
                throw new DeployException("rendered file " + file + " is missing; run `lab render` again");
            }
            r.kube(kubeconfig).apply(file);
        });
    }

    /** calico-cni-config (BGPConfiguration first) except custom-resources, then k8s-manifests (IP pools first), then tools. */
    static List<Path> labResourceFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        Path customResources = dir.resolve(RenderedPaths.CUSTOM_RESOURCES);
        Path bgpConfiguration = dir.resolve(RenderedPaths.BGP_CONFIGURATION);
        Path lbPool = dir.resolve(RenderedPaths.LB_IPPOOL);
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.CALICO_DIR), p -> !p.equals(customResources),
                p -> p.equals(bgpConfiguration) ? 0 : 1));
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.MANIFESTS_DIR), p -> true, p -> p.equals(lbPool) ? 0 : 1));
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.TOOLS_DIR), p -> true, p -> 0));
        return files;
    }

    private static List<Path> yamlFiles(Path folder, Predicate<Path> keep, Function<Path, Integer> rank) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).filter(keep)
                    .sorted(Comparator.comparing(rank).thenComparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private String safeState(String container) {
        try {
            ContainerState s = deps.docker().containerState(container);
            String log = s.running() ? "" : deps.docker().logsTail(container, 20);
            return s.describe() + "." + (log.isBlank() ? "" : "\n" + indent(log));
        } catch (RuntimeException e) {
            return "(state of " + container + " unknown: " + e.getMessage() + ")";
        }
    }

    private static String home(Path p) {
        String home = System.getProperty("user.home");
        String s = p.toString();
        return home != null && s.startsWith(home + "/") ? "~" + s.substring(home.length()) : s;
    }

    private static String lastLines(CommandResult r) {
        String tail = r.tail(15);
        return tail.isBlank() ? "" : "\n" + indent(tail);
    }

    static String indent(String text) {
        return text.strip().indent(4).stripTrailing();
    }
}
