package dev.labforge.runtime.clab;

import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** State carried from step to step during one deploy: the phase deadline, the Kubernetes client, what earlier steps found. */
final class ClabRun {
    final RenderedLab lab;
    final Progress progress;
    final Map<String, Path> manifests = new LinkedHashMap<>();
    Instant deadline;
    Duration budget = Duration.ZERO;
    List<String> crds = List.of();
    private final Clock clock;
    private final Function<Path, KubeClusterApi> kubeFactory;
    private KubeClusterApi kube;

    ClabRun(RenderedLab lab, Progress progress, Clock clock, Function<Path, KubeClusterApi> kubeFactory) {
        this.lab = lab;
        this.progress = progress;
        this.clock = clock;
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
        Duration d = Duration.between(clock.instant(), deadline);
        return d.isNegative() ? Duration.ZERO : d;
    }

    void close() {
        if (kube != null) {
            kube.close();
        }
    }
}
