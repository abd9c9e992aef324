package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the translated configs with the real daemons: an FRR ToR built from the seed's EOS config and four BIRD nodes
 * configured like calico-node, each in its own network namespace. Checks the behaviour the emulation depends on:
 * the ToR learns each node's block and the service CIDR (one path, community 65010:100) but no pod /32, and nodes
 * learn the other blocks via their gateway (next-hop-self force) with their own block as a kernel blackhole.
 * Needs root, FRR and BIRD, and -Dlabforge.e2e=true; everything is created inside namespaces named lfc&lt;random&gt;-*
 * and removed in {@link #tearDown()} even on failure.
 */
class TranslatedConfigsInNamespacesTest {
    private static final ProcessCommandRunner RUN = new ProcessCommandRunner();
    private static final String ID = "lfc" + HexFormat.of().toHexDigits((byte) ThreadLocalRandom.current().nextInt(256))
            + HexFormat.of().toHexDigits((byte) ThreadLocalRandom.current().nextInt(256));
    private static final String TOR = ID + "-tor";
    private static final Path FRR_RUN = Path.of("/var/run/frr", TOR);
    private static final Path FRR_ETC = Path.of("/etc/frr", TOR);
    private static final List<String> namespaces = new ArrayList<>();
    private static final List<Path> birdPidFiles = new ArrayList<>();
    private static Path work;
    private static boolean started;

    @BeforeAll
    static void buildLab() throws Exception {
        assumeTrue(Boolean.getBoolean("labforge.e2e"), "end-to-end namespace test: run with -Dlabforge.e2e=true (needs root, FRR, BIRD)");
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to create network namespaces");
        assumeTrue(FrrCheck.available() && Tools.find("bird").isPresent() && Tools.find("zebra", "/usr/lib/frr").isPresent(),
                "needs FRR (zebra, bgpd, vtysh) and BIRD 1.6");
        started = true;
        work = Files.createTempDirectory(ID);
        RouterSetup tor = EosToFrr.translate(Files.readString(Path.of("src/test/resources/netnscfg/eos/seed-ceos01-startup-config.cfg")));
        CalicoResources calico = CalicoResources.read(LabFixtures.SEED_DIR);

        netns(TOR);
        sh(TOR, "ip", "link", "set", "lo", "up");
        List<NodeFacts> nodes = LabFixtures.SEED_NODES;
        for (int i = 0; i < nodes.size(); i++) {
            NodeFacts n = nodes.get(i);
            String ns = ID + "-n" + (i + 1);
            netns(ns);
            // ToR port eth<i+1> <-> node eth1, created inside the namespaces (never in the host namespace)
            sh(TOR, "ip", "link", "add", "eth" + (i + 1), "type", "veth", "peer", "name", "eth1", "netns", ns);
            sh(ns, "ip", "link", "set", "lo", "up");
            sh(ns, "ip", "link", "set", "eth1", "up");
            String gateway = n.ip().startsWith("10.10.10.") ? "10.10.10.1" : "10.10.20.1";
            sh(ns, "ip", "addr", "add", n.ip() + "/24", "dev", "eth1");
            sh(ns, "ip", "route", "add", gateway.equals("10.10.10.1") ? "10.10.20.0/24" : "10.10.10.0/24", "via", gateway);
            // a pod-like /32 inside the node's block, on a veth whose peer stays in the node
            sh(ns, "ip", "link", "add", "cali1", "type", "veth", "peer", "name", "cali1p");
            sh(ns, "ip", "link", "set", "cali1", "up");
            sh(ns, "ip", "link", "set", "cali1p", "up");
            String pod = Cidr.parse(n.blocks().get(0)).host(1);
            sh(ns, "ip", "route", "add", pod + "/32", "dev", "cali1");
        }
        for (VlanSetup v : tor.vlans()) {
            sh(TOR, "ip", "link", "add", v.bridge(), "type", "bridge");
            for (String port : v.ports()) {
                sh(TOR, "ip", "link", "set", port, "master", v.bridge());
                sh(TOR, "ip", "link", "set", port, "up");
            }
            sh(TOR, "ip", "link", "set", v.bridge(), "up");
            sh(TOR, "ip", "addr", "add", v.sviCidr(), "dev", v.bridge());
        }
        Files.createDirectories(FRR_RUN);
        Files.createDirectories(FRR_ETC);
        Files.writeString(FRR_ETC.resolve("vtysh.conf"), "");
        Files.writeString(FRR_ETC.resolve("frr.conf"), tor.frrConf());
        run("chown", "-R", "frr:frr", FRR_RUN.toString(), FRR_ETC.toString());
        String conf = FRR_ETC.resolve("frr.conf").toString();
        sh(TOR, "/usr/lib/frr/zebra", "-d", "-N", TOR, "-f", conf, "-i", FRR_RUN.resolve("zebra.pid").toString());
        sh(TOR, "/usr/lib/frr/bgpd", "-d", "-N", TOR, "-f", conf, "-i", FRR_RUN.resolve("bgpd.pid").toString());

        for (int i = 0; i < nodes.size(); i++) {
            String ns = ID + "-n" + (i + 1);
            Path birdConf = work.resolve(ns + ".conf");
            Files.writeString(birdConf, CalicoBirdConfig.render(calico, nodes.get(i), nodes));
            Path pid = work.resolve(ns + ".pid");
            birdPidFiles.add(pid);
            sh(ns, "bird", "-c", birdConf.toString(), "-s", work.resolve(ns + ".ctl").toString(), "-P", pid.toString());
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (!started) {
            return;
        }
        // signal every daemon first, then wait: each needs a second or two to shut down
        List<Path> pidFiles = new ArrayList<>(birdPidFiles);
        pidFiles.add(FRR_RUN.resolve("bgpd.pid"));
        pidFiles.add(FRR_RUN.resolve("zebra.pid"));
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
        run("rm", "-rf", FRR_RUN.toString(), FRR_ETC.toString(), work.toString());
    }

    @Test
    void torLearnsBlocksAndServiceCidrButNoPodRoutes() throws Exception {
        // when: every node's session is up and its routes have arrived
        String routes = await(() -> vtysh("show ip route bgp"), r -> r.contains("192.168.46.128/26")
                && r.contains("192.168.42.192/26") && r.contains("192.168.69.0/26") && r.contains("192.168.88.192/26"));
        // then
        assertThat(routes).contains("192.168.42.192/26 [200/0] via 10.10.10.11", "192.168.46.128/26 [200/0] via 10.10.20.20",
                "172.16.0.240/28 [200/0] via ").doesNotContain("/32");
        // one path for the service CIDR announced by all four nodes, as EOS installs it
        assertThat(vtysh("show ip route 172.16.0.240/28")).containsOnlyOnce(", via br");
        assertThat(vtysh("show bgp ipv4 unicast 192.168.42.192/26")).contains("Community: 65010:100");
    }

    @Test
    void nodesLearnOtherBlocksViaTheirGatewayAndProgramTheirOwnAsBlackhole() throws Exception {
        // given: k01-worker (n2) in VLAN 10
        String ns = ID + "-n2";
        // when
        String kernel = await(() -> sh(ns, "ip", "route", "show", "proto", "bird").stdout(),
                r -> r.contains("192.168.46.128/26") && r.contains("192.168.88.192/26") && r.contains("192.168.69.0/26"));
        // then: reflected routes carry the ToR as next hop, even from the same VLAN (EOS next-hop-self)
        assertThat(kernel).contains("192.168.46.128/26 via 10.10.10.1",
                "192.168.88.192/26 via 10.10.10.1", "192.168.69.0/26 via 10.10.10.1", "blackhole 192.168.42.192/26");
        // the service CIDR is advertised but never programmed into the kernel
        assertThat(kernel).doesNotContain("172.16.0.240");
    }

    private static String vtysh(String command) {
        return RUN.run(Command.of("vtysh", "-N", TOR, "-c", command)).stdout();
    }

    private static String await(java.util.function.Supplier<String> probe, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = probe.get();
        }
        return last;
    }

    private static void netns(String name) {
        run("ip", "netns", "add", name);
        namespaces.add(name);
    }

    private static CommandResult sh(String ns, String... argv) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(argv));
        return RUN.run(Command.of(full).withTimeout(Duration.ofSeconds(20))).orThrow();
    }

    private static CommandResult run(String... argv) {
        return RUN.run(Command.of(argv)).orThrow();
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
