package dev.labforge.runtime.clab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.testing.RealDockerCondition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Real containers, networks and volumes for one test, from the local test image only (no pulls, no
 * network: containers get {@code --network none}). Everything carries {@link #RUN_LABEL}=&lt;lab&gt;
 * and {@link #close} removes all of it, and whatever carries containerlab=&lt;lab&gt;, even when the
 * test failed. The lab name is unique per instance, so parallel runs on one engine never meet.
 */
final class DockerTestLab implements AutoCloseable {
    static final String RUN_LABEL = "dev.labforge.test";
    static final String IMAGE = RealDockerCondition.IMAGE;
    /** Boots FRR the way the FRR image does: daemons, then `vtysh -b` applies frr.conf; rejected lines land in the log. */
    private static final String FRR_BOOT = "mkdir -p /var/run/frr && chown frr:frr /var/run/frr"
            + " && /usr/lib/frr/zebra -d -F traditional && /usr/lib/frr/bgpd -d -F traditional;"
            + " vtysh -b; echo labforge-test: frr booted; exec sleep infinity";
    private static final String FRR_BOOTED = "labforge-test: frr booted";

    final String lab;
    final DockerJavaEngine engine;
    private final DockerClient client;

    private DockerTestLab(String lab) {
        this.lab = lab;
        this.engine = DockerJavaEngine.fromEnvironment();
        this.client = DockerJavaEngine.connect(engine.endpoint());
    }

    /** A fresh lab name ("lfit-" + 8 hex digits); fails at once, saying what to do, when engine or image is missing. */
    static DockerTestLab create() {
        RealDockerCondition.missing().ifPresent(why -> {
            throw new AssertionError("this test needs a Docker engine with image " + IMAGE + " (labforge.docker="
                    + System.getProperty("labforge.docker", "auto") + "): " + why
                    + "; start dockerd and run `bash .ci/test-image` as root (.ci/run does both)");
        });
        return new DockerTestLab("lfit-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The labels containerlab puts on a node container it creates. */
    Map<String, String> clabLabels(String node, Path topologyFile) {
        return Map.of("containerlab", lab, "clab-node-name", node, "clab-node-kind", "linux",
                "clab-topo-file", topologyFile.toString());
    }

    /** A container that runs until removed. */
    String sleeper(String name, Map<String, String> labels) {
        return start(name, labels, List.of("sleep", "infinity"), new HostConfig());
    }

    /** A container that prints {@code output} and exits with {@code code}; returns once it has exited. */
    String exited(String name, Map<String, String> labels, String output, int code) {
        String id = start(name, labels, List.of("sh", "-c", "echo \"$0\"; exit \"$1\"", output, String.valueOf(code)), new HostConfig());
        client.waitContainerCmd(id).start().awaitStatusCode(30, TimeUnit.SECONDS);
        return id;
    }

    /** A running container with an anonymous volume at {@code mountPoint}; returns the volume's name. */
    String sleeperWithAnonymousVolume(String name, Map<String, String> labels, String mountPoint) {
        String id = start(name, labels, List.of("sleep", "infinity"), new HostConfig(), new Volume(mountPoint));
        return client.inspectContainerCmd(id).exec().getMounts().stream()
                .filter(m -> m.getDestination() != null && mountPoint.equals(m.getDestination().getPath()))
                .map(m -> m.getName()).findFirst()
                .orElseThrow(() -> new AssertionError("no anonymous volume at " + mountPoint + " in " + name));
    }

    /** A container running zebra and bgpd with {@code frrConf} as /etc/frr/frr.conf; returns once FRR has read it. */
    String frrRouter(String name, Map<String, String> labels, Path frrConf) {
        HostConfig host = new HostConfig()
                .withCapAdd(Capability.NET_ADMIN, Capability.NET_RAW, Capability.SYS_ADMIN)
                .withBinds(Bind.parse(frrConf.toAbsolutePath() + ":/etc/frr/frr.conf:ro"));
        String id = start(name, labels, List.of("sh", "-c", FRR_BOOT), host);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!engine.logsTail(name, 50).contains(FRR_BOOTED)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("FRR in " + name + " did not boot within 30 s; log:\n" + engine.logsTail(name, 50));
            }
            sleep(Duration.ofMillis(100));
        }
        return id;
    }

    /**
     * A config-only network: listed, labelled and removable like any other, but it creates no bridge
     * or address in the host namespace (a bridge network would). docker-java cannot ask for one, so
     * the docker CLI does.
     */
    void network(String name, Map<String, String> labels) {
        List<String> argv = new ArrayList<>(List.of("docker", "network", "create", "--config-only"));
        withRunLabel(labels).forEach((k, v) -> argv.addAll(List.of("--label", k + "=" + v)));
        argv.add(name);
        CommandResult r = new ProcessCommandRunner().run(Command.of(argv).withTimeout(Duration.ofSeconds(30)));
        if (!r.ok()) {
            throw new AssertionError("`" + r.command().display() + "` failed: " + r.tail(5));
        }
    }

    String volume(String name, Map<String, String> labels) {
        return client.createVolumeCmd().withName(name).withLabels(withRunLabel(labels)).exec().getName();
    }

    boolean volumeExists(String name) {
        try {
            client.inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** What still carries containerlab=&lt;lab&gt;: "container x", "network y", "volume z". */
    List<String> labelledLeftovers() {
        List<String> left = new ArrayList<>();
        engine.listContainers("containerlab", lab).forEach(c -> left.add("container " + c.name()));
        engine.listNetworks("containerlab", lab).forEach(n -> left.add("network " + n));
        engine.listVolumes("containerlab", lab).forEach(v -> left.add("volume " + v));
        return left;
    }

    /** Removes everything this test created or labelled with its lab; never anything else. */
    @Override
    public void close() {
        for (String key : List.of(RUN_LABEL, "containerlab")) {
            for (Container c : client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(key, lab)).exec()) {
                engine.removeContainer(c.getId());
            }
            engine.listNetworks(key, lab).forEach(engine::removeNetwork);
            engine.listVolumes(key, lab).forEach(engine::removeVolume);
        }
        engine.close();
    }

    private String start(String name, Map<String, String> labels, List<String> command, HostConfig host, Volume... volumes) {
        String id = client.createContainerCmd(IMAGE).withName(name).withLabels(withRunLabel(labels))
                .withCmd(command).withVolumes(volumes).withHostConfig(host.withNetworkMode("none")).exec().getId();
        client.startContainerCmd(id).exec();
        return id;
    }

    private Map<String, String> withRunLabel(Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.put(RUN_LABEL, lab);
        return all;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
