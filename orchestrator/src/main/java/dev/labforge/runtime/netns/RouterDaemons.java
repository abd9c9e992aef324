package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.netns.config.CalicoBirdConfig;
import dev.labforge.runtime.netns.config.NodeFacts;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Deadline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the lab's routing daemons: FRR (zebra + bgpd) in the router namespace when its emulation runs
 * FRR, one BIRD per node namespace, then waits until each answers on its control socket.
 */
final class RouterDaemons {
    private static final Duration SHORT = Duration.ofSeconds(10);

    private final NetnsPaths paths;
    private final DeployEffects fx;

    RouterDaemons(NetnsPaths paths, DeployEffects fx) {
        this.paths = paths;
        this.fx = fx;
    }

    /**
     * zebra and bgpd daemonized in the router namespace with the emulation's frr.conf; nothing for a kernel-only
     * router or a lab without a ToR.
     */
    void startFrr(NetnsFabric fabric, Deadline deadline) {
        if (!fabric.runsFrr()) {
            return;
        }
        String ns = fabric.torNs();
        String lab = fabric.plan().lab();
        String tor = fabric.plan().tor().orElseThrow().name();
        Path conf = paths.frrConf(lab, tor);
        try {
            fx.writeFile(conf, fabric.plan().router().frrConf());
            fx.prepareFrrDirs(ns);
        } catch (IOException e) {
            throw new DeployException("step router: cannot prepare FRR files for " + ns + ": " + e.getMessage(), e);
        }
        for (String daemon : List.of("zebra", "bgpd")) {
            CommandResult r = fx.runner().run(Command.of("ip", "netns", "exec", ns, NetnsPreflight.FRR_DIR + "/" + daemon, "-d", "-N",
                    ns, "-f", conf.toString(), "-i", paths.frrPid(ns, daemon).toString(),
                    "--log", "file:" + paths.frrLog(lab, tor, daemon)).withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step router: " + daemon + " did not start in " + ns + " with " + conf + ": "
                        + r.tail(5));
            }
        }
    }

    /** One BIRD per node with the bird.conf calico-node's confd would write. */
    void startBird(NetnsFabric fabric, Deadline deadline) {
        String lab = fabric.plan().lab();
        List<NodeFacts> facts = fabric.plan().nodeFacts();
        fx.forEach(facts, node -> {
            Path socket = paths.birdSocket(lab, node.name());
            if (socket.toString().length() > NetnsPaths.MAX_SOCKET_PATH) {
                throw new DeployException("step bird: control socket path " + socket + " is longer than a unix socket allows"
                        + " (107 bytes); shorten the lab or node name");
            }
            String conf;
            try {
                conf = CalicoBirdConfig.render(fabric.plan().calico(), node, facts);
            } catch (RuntimeException e) {
                throw new DeployException("step bird: cannot render bird.conf for " + node.name() + ": " + e.getMessage(), e);
            }
            Path file = paths.birdConf(lab, node.name());
            try {
                fx.writeFile(file, conf);
            } catch (IOException e) {
                throw new DeployException("step bird: cannot write " + file + ": " + e.getMessage(), e);
            }
            String ns = fabric.nodeNs(node.name());
            CommandResult r = fx.runner().run(Command.of("ip", "netns", "exec", ns, "bird", "-c", file.toString(), "-s",
                    socket.toString(), "-P", paths.birdPid(lab, node.name()).toString()).withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step bird: bird did not start on " + node.name() + " with " + file + ": " + r.tail(5));
            }
        });
    }

    /** Until FRR answers vtysh in the router namespace and every BIRD its socket. BIRD retries its sessions by itself. */
    void awaitAnswers(NetnsFabric fabric, Deadline deadline) {
        List<Runnable> waits = new ArrayList<>();
        if (fabric.runsFrr()) {
            Command summary = Command.of("vtysh", "-N", fabric.torNs(), "-c", "show bgp summary json");
            waits.add(() -> fx.await("router", deadline, "vtysh -N " + fabric.torNs(), summary.display(), () -> {
                CommandResult r = fx.runner().run(summary.withTimeout(deadline.cap(Duration.ofSeconds(5))));
                return r.ok() ? Answer.done(r) : Answer.pending(r.tail(3));
            }));
        }
        for (var n : fabric.plan().nodes()) {
            // BIRD's socket is asked directly (no birdc process per node): it answers once BIRD runs.
            Path socket = paths.birdSocket(fabric.plan().lab(), n.name());
            waits.add(() -> fx.await("bird", deadline, "BIRD on " + n.name(), "BIRD control socket " + socket + ": show status",
                    () -> Answer.done(BirdControl.ask(socket, "show status", deadline.cap(Duration.ofSeconds(5))))));
        }
        fx.forEach(waits, Runnable::run);
    }
}
