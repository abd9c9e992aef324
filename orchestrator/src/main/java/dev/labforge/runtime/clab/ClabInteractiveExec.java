package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.clab.ClabRuntime.Dependencies;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `lab exec -it` on the clab runtime: the docker and kubectl CLIs on this terminal, through the command runner. */
final class ClabInteractiveExec {
    private final Dependencies deps;

    ClabInteractiveExec(Dependencies deps) {
        this.deps = deps;
    }

    /**
     * Interactive, on this terminal: `docker exec -i` into a router or node container, `kubectl exec -i` into a
     * pod (with {@code -t} when labforge runs on a terminal), through the command runner.
     */
    CommandResult run(LabRef lab, ClabTopologyFile topology, String target, List<String> argv, Duration timeout) {
        boolean tty = System.console() != null;
        List<String> cmd = new ArrayList<>();
        if (topology.routers().contains(target) || topology.externalContainers().contains(target)) {
            cmd.addAll(tty ? List.of("docker", "exec", "-i", "-t") : List.of("docker", "exec", "-i"));
            cmd.add(topology.containerOf(target));
        } else {
            int at = target.indexOf('@');
            String pod = at > 0 ? podName(lab, topology, target.substring(0, at), target.substring(at + 1)) : null;
            if (pod == null) {
                List<String> valid = new ArrayList<>(topology.routers());
                valid.addAll(topology.externalContainers());
                valid.add("<workload>@<node>");
                throw new UnknownTargetException(target, valid);
            }
            cmd.addAll(List.of("kubectl", "--kubeconfig", ClabRuntime.kubeconfigPath(lab.dir(), topology.kindClusters().get(0)).toString(),
                    "exec", "-i"));
            if (tty) {
                cmd.add("-t");
            }
            cmd.addAll(List.of("-n", ClabRuntime.NAMESPACE, pod, "--"));
        }
        cmd.addAll(argv);
        return deps.runner().run(Command.of(cmd).withTimeout(timeout).interactive(true));
    }

    /** The pod of {@code workload} on {@code node}, asked of each kind cluster of the lab; null when there is none. */
    private String podName(LabRef lab, ClabTopologyFile topology, String workload, String node) {
        for (String cluster : topology.kindClusters()) {
            Path kubeconfig = ClabRuntime.kubeconfigPath(lab.dir(), cluster);
            if (Files.isRegularFile(kubeconfig)) {
                try (KubeClusterApi kube = deps.kube().apply(kubeconfig)) {
                    Optional<PodInfo> pod = kube.pods(ClabRuntime.NAMESPACE, "app=" + workload).stream().filter(p -> node.equals(p.node())).findFirst();
                    if (pod.isPresent()) {
                        return pod.get().name();
                    }
                }
            }
        }
        return null;
    }
}
