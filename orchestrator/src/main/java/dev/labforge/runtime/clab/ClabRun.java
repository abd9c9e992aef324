package dev.labforge.runtime.clab;

import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.wait.Deadline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** State carried from step to step during one deploy: the phase deadline, the Kubernetes client, what earlier steps found. */
final class ClabRun {
    final RenderedLab lab;
    final Progress progress;
    final Map<String, Path> manifests = new LinkedHashMap<>();
    /** The current phase's deadline (never past the whole deploy's). */
    Deadline deadline;
    List<String> crds = List.of();
    private final Function<Path, KubeClusterApi> kubeFactory;
    private KubeClusterApi kube;

    ClabRun(RenderedLab lab, Progress progress, Function<Path, KubeClusterApi> kubeFactory) {
        this.lab = lab;
        this.progress = progress;
        this.kubeFactory = kubeFactory;
    }

    /** The cluster's API client, opened on first use. */
    KubeClusterApi kube(Path kubeconfig) {
        if (kube == null) {
            kube = kubeFactory.apply(kubeconfig);
        }
        return kube;
    }

    Duration remaining() {
        return deadline.remaining();
    }

    void close() {
        if (kube != null) {
            kube.close();
        }
    }
}
