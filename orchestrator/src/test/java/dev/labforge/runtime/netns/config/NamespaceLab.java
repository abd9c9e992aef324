package dev.labforge.runtime.netns.config;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.net.Cidr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A throw-away lab for checking translated configs with the real daemons: an FRR ToR (namespace {@code <id>-tor}) with
 * its VLAN bridges, and one BIRD node per {@link NodeFacts} (namespace {@code <id>-n<i>}, eth1 cabled to ToR port
 * eth<i>), each node with a pod-like /32 route inside its first block. Everything lives in namespaces named
 * lfc&lt;random&gt;-*; {@link #close()} stops the daemons it started (by pid) and deletes what it created.
 */
final class NamespaceLab implements AutoCloseable {
    private static final ProcessCommandRunner RUN = new ProcessCommandRunner();

    final String id = "lfc" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
    final String tor = id + "-tor";
    private final Path frrRun = Path.of("/var/run/frr", tor);
    private final Path frrEtc = Path.of("/etc/frr", tor);
    private final List<String> namespaces = new ArrayList<>();
    private final List<Path> pidFiles = new ArrayList<>();
    private Path work;

    /**
     * The calling classes carry {@code @E2E} (which decides whether they run); forced runs without
     * root or the daemons fail here with the reason instead of failing obscurely later.
     */
    static void assumeRunnable() {
        List<String> missing = dev.labforge.testing.E2ECondition.missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("end-to-end namespace test cannot run here, missing: " + String.join(", ", missing));
        }
    }

    /** Node i (0-based) is cabled to ToR port eth(i+1) and routes the other VLAN subnets via its gateway. */
    NamespaceLab start(RouterSetup torSetup, CalicoResources calico, List<NodeFacts> nodes) throws IOException {
        work = Files.createTempDirectory(id);
        netns(tor);
        sh(tor, "ip", "link", "set", "lo", "up");
        for (int i = 0; i < nodes.size(); i++) {
            NodeFacts n = nodes.get(i);
            String ns = node(i);
            netns(ns);
            // created inside the namespaces, never in the host namespace
            sh(tor, "ip", "link", "add", "eth" + (i + 1), "type", "veth", "peer", "name", "eth1", "netns", ns);
            sh(ns, "ip", "link", "set", "lo", "up");
            sh(ns, "ip", "link", "set", "eth1", "up");
            sh(ns, "ip", "addr", "add", n.ip() + "/24", "dev", "eth1");
            for (VlanSetup v : torSetup.vlans()) {
                Cidr svi = Cidr.parseInterface(v.sviCidr());
                if (!svi.contains(n.ip())) {
                    String gw = torSetup.vlans().stream().map(o -> Cidr.parseInterface(o.sviCidr()))
                            .filter(c -> c.contains(n.ip())).findFirst().orElseThrow().addressText();
                    sh(ns, "ip", "route", "add", svi.network().toString(), "via", gw);
                }
            }
            sh(ns, "ip", "link", "add", "cali1", "type", "veth", "peer", "name", "cali1p");
            sh(ns, "ip", "link", "set", "cali1", "up");
            sh(ns, "ip", "link", "set", "cali1p", "up");
            sh(ns, "ip", "route", "add", Cidr.parse(n.blocks().get(0)).host(1) + "/32", "dev", "cali1");
        }
        for (VlanSetup v : torSetup.vlans()) {
            sh(tor, "ip", "link", "add", v.bridge(), "type", "bridge");
            for (String port : v.ports()) {
                if (Integer.parseInt(port.substring(3)) <= nodes.size()) {
                    sh(tor, "ip", "link", "set", port, "master", v.bridge());
                    sh(tor, "ip", "link", "set", port, "up");
                }
            }
            sh(tor, "ip", "link", "set", v.bridge(), "up");
            sh(tor, "ip", "addr", "add", v.sviCidr(), "dev", v.bridge());
        }
        Files.createDirectories(frrRun);
        Files.createDirectories(frrEtc);
        Files.writeString(frrEtc.resolve("vtysh.conf"), "");
        Files.writeString(frrEtc.resolve("frr.conf"), torSetup.frrConf());
        run("chown", "-R", "frr:frr", frrRun.toString(), frrEtc.toString());
        String conf = frrEtc.resolve("frr.conf").toString();
        for (String daemon : List.of("zebra", "bgpd")) {
            Path pid = frrRun.resolve(daemon + ".pid");
            pidFiles.add(pid);
            sh(tor, "/usr/lib/frr/" + daemon, "-d", "-N", tor, "-f", conf, "-i", pid.toString());
        }
        for (int i = 0; i < nodes.size(); i++) {
            Path birdConf = work.resolve(node(i) + ".conf");
            Files.writeString(birdConf, CalicoBirdConfig.render(calico, nodes.get(i), nodes));
            Path pid = work.resolve(node(i) + ".pid");
            pidFiles.add(pid);
            sh(node(i), "bird", "-c", birdConf.toString(), "-s", work.resolve(node(i) + ".ctl").toString(), "-P", pid.toString());
        }
        return this;
    }

    String node(int index) {
        return id + "-n" + (index + 1);
    }

    String vtysh(String command) {
        return RUN.run(Command.of("vtysh", "-N", tor, "-c", command)).stdout();
    }

    String birdc(int node, String command) {
        return RUN.run(Command.of("birdc", "-s", work.resolve(node(node) + ".ctl").toString(), command)).stdout();
    }

    CommandResult sh(String ns, String... argv) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(argv));
        return RUN.run(Command.of(full).withTimeout(Duration.ofSeconds(20))).orThrow();
    }

    /** Polls until {@code done} holds or 30 s pass; returns the last observation either way. */
    static String await(Supplier<String> probe, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = probe.get();
        }
        return last;
    }

    @Override
    public void close() {
        // signal every daemon first, then wait: each needs a second or two to shut down
        List<ProcessHandle> stopping = new ArrayList<>();
        for (Path pidFile : pidFiles) {
            daemon(pidFile).ifPresent(p -> {
                p.destroy();
                stopping.add(p);
            });
        }
        for (ProcessHandle p : stopping) {
            p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (String ns : namespaces) {
            RUN.run(Command.of("ip", "netns", "del", ns));
        }
        List<String> rm = new ArrayList<>(List.of("rm", "-rf", frrRun.toString(), frrEtc.toString()));
        if (work != null) {
            rm.add(work.toString());
        }
        RUN.run(Command.of(rm));
    }

    private void netns(String name) {
        run("ip", "netns", "add", name);
        namespaces.add(name);
    }

    private static void run(String... argv) {
        RUN.run(Command.of(argv)).orThrow();
    }

    /** The daemon whose pid file we gave it; empty when it never started. */
    private static Optional<ProcessHandle> daemon(Path pidFile) {
        try {
            String pid = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "";
            return pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
