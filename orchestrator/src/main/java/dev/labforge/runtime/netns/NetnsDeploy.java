package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The netns deploy as its steps, in order: namespaces, links (with the ToR's bridges and routes),
 * router (FRR when the emulation runs it), bird (and waiting for the daemons to answer), pods. Every
 * side effect goes through {@link DeployEffects}, so the same code deploys and plans.
 */
final class NetnsDeploy {
    private static final Duration SHORT = Duration.ofSeconds(10);

    private final DeployEffects fx;
    private final RouterDaemons daemons;

    NetnsDeploy(NetnsPaths paths, DeployEffects fx) {
        this.fx = fx;
        this.daemons = new RouterDaemons(paths, fx);
    }

    void build(NetnsFabric fabric, Path dir, Deadline deadline, Progress progress) {
        String name = fabric.plan().lab();
        CommandRunner run = fx.runner();
        // Write-ahead: destroy must find every namespace even if we die right after creating it.
        fx.writeState(new LabState(name, dir, fabric.plan().tor().map(EmulationPlan.TorPlan::platform).orElse(null),
                fabric.members()));

        step(progress, deadline, "namespaces");
        IpBatch.run(run, "namespaces", null, fabric.namespaceBatch(), deadline.cap(SHORT));
        fx.forEach(fabric.members(), m -> IpBatch.run(run, "namespaces", m.ns(), fabric.markBatch(), deadline.cap(SHORT)));

        step(progress, deadline, "links");
        IpBatch.run(run, "links", null, fabric.fabricLinkBatch(), deadline.cap(SHORT));
        List<Runnable> links = new ArrayList<>();
        links.add(() -> IpBatch.run(run, "links", fabric.underlayNs(), fabric.underlayBatch(), deadline.cap(SHORT)));
        for (NodePlan n : fabric.plan().nodes()) {
            links.add(() -> {
                IpBatch.run(run, "links", fabric.nodeNs(n.name()), fabric.nodeBatch(n), deadline.cap(SHORT));
                IpBatch.runBridge(run, "links", fabric.nodeNs(n.name()), fabric.nodeFdbBatch(n), deadline.cap(SHORT));
            });
        }
        fx.forEach(links, Runnable::run);
        sysctls("links", fabric.forwardingSysctls(), deadline);

        // Daemons start side by side; BIRD retries its connection until bgpd listens.
        step(progress, deadline, "router");
        daemons.startFrr(fabric, deadline);

        step(progress, deadline, "bird");
        daemons.startBird(fabric, deadline);
        daemons.awaitAnswers(fabric, deadline);

        step(progress, deadline, "pods");
        IpBatch.run(run, "pods", null, fabric.podLinkBatch(), deadline.cap(SHORT));
        List<Runnable> pods = new ArrayList<>();
        for (PodPlan p : fabric.plan().pods()) {
            pods.add(() -> IpBatch.run(run, "pods", fabric.podNs(p), fabric.podBatch(p), deadline.cap(SHORT)));
        }
        for (NodePlan n : fabric.plan().nodes()) {
            pods.add(() -> IpBatch.run(run, "pods", fabric.nodeNs(n.name()), fabric.nodePodBatch(n.name()), deadline.cap(SHORT)));
        }
        fx.forEach(pods, Runnable::run);
        sysctls("pods", fabric.podSysctls(), deadline);
    }

    private static void step(Progress progress, Deadline deadline, String step) {
        if (deadline.expired()) {
            throw new DeployException("deploy did not finish within " + Durations.text(deadline.total()) + " (during step "
                    + step + "); raise --timeout or look at the step's output");
        }
        progress.step(step);
    }

    private void sysctls(String step, Map<String, List<String>> byNs, Deadline deadline) {
        fx.forEach(List.copyOf(byNs.entrySet()), e -> {
            List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", e.getKey(), "sysctl", "-q", "-w"));
            argv.addAll(e.getValue());
            CommandResult r = fx.runner().run(Command.of(argv).withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step " + step + ": sysctl in namespace " + e.getKey() + " failed: " + r.tail(3));
            }
        });
    }
}
