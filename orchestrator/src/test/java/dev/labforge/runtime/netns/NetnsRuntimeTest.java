package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.check.Side;
import dev.labforge.probe.PingResult;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.UnknownTargetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's command sequence and error paths, against a scripted runner (no process is started). */
class NetnsRuntimeTest {
    private static final String LAB = "calico-bgp-lb";
    private static final String TOR = "clab-calico-bgp-lb-ceos01";
    private static final Path SEED = RenderedLabReaderTest.SEED.toAbsolutePath();

    @TempDir
    Path tmp;

    private NetnsPaths paths() {
        return new NetnsPaths(tmp.resolve("run"), tmp.resolve("frr-run"), tmp.resolve("frr-etc"), null);
    }

    private NetnsRuntime runtime(ScriptedRunner runner) {
        return new NetnsRuntime(runner, paths(), alive(List.of()));
    }

    /** A process table in which exactly these pids run. */
    private static ProcessTable alive(List<Long> pids) {
        return new ProcessTable() {
            @Override
            public List<Proc> list() {
                return List.of();
            }

            @Override
            public boolean alive(long pid) {
                return pids.contains(pid);
            }
        };
    }

    @Test
    void deployBuildsNamespacesLinksDaemonsAndPodsInThatOrderAndSavesStateFirst() throws Exception {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "");
        List<String> steps = new ArrayList<>();
        List<Path> sockets = List.of("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3").stream()
                .map(n -> paths().birdSocket(LAB, n)).toList();

        // when: each BIRD answers on its control socket
        try (FakeBirdSockets birds = new FakeBirdSockets(sockets)) {
            runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofSeconds(30), steps::add);
        }

        // then
        assertThat(steps).containsExactly("namespaces", "links", "router", "bird", "pods");
        List<String> root = runner.batch(null);
        assertThat(root).hasSize(14 + 8 + 9);
        assertThat(root.get(0)).isEqualTo("netns add " + TOR);
        assertThat(runner.batch(TOR)).startsWith("link set lo up", "link property add dev lo altname lf.calico-bgp-lb")
                .contains("addr add 10.10.20.1/24 dev br20");
        Path conf = paths().frrConf(LAB, "ceos01");
        assertThat(runner.argvs()).contains(
                List.of("ip", "netns", "exec", TOR, "/usr/lib/frr/zebra", "-d", "-N", TOR, "-f", conf.toString(), "-i",
                        paths().frrPid(TOR, "zebra").toString(), "--log", "file:" + paths().frrLog(LAB, "ceos01", "zebra")),
                List.of("ip", "netns", "exec", TOR, "/usr/lib/frr/bgpd", "-d", "-N", TOR, "-f", conf.toString(), "-i",
                        paths().frrPid(TOR, "bgpd").toString(), "--log", "file:" + paths().frrLog(LAB, "ceos01", "bgpd")),
                List.of("ip", "netns", "exec", "clab-calico-bgp-lb-k01-worker3", "bird", "-c",
                        paths().birdConf(LAB, "k01-worker3").toString(), "-s", paths().birdSocket(LAB, "k01-worker3").toString(),
                        "-P", paths().birdPid(LAB, "k01-worker3").toString()),
                List.of("vtysh", "-N", TOR, "-c", "show bgp summary json"));
        assertThat(Files.readString(conf)).contains("router bgp 65010");
        assertThat(Files.readString(paths().birdConf(LAB, "k01-worker3"))).contains("10.10.20.1");
        assertThat(paths().frrEtcDir(TOR).resolve("vtysh.conf")).exists();
        assertThat(LabState.read(paths().stateFile(LAB), LAB).orElseThrow().members()).hasSize(14);
        // The lab never touches the host namespace: every address/route goes into a named namespace.
        assertThat(root).noneMatch(l -> l.startsWith("addr") || l.startsWith("route"));
        assertThat(runner.commands()).filteredOn(c -> c.argv().get(0).equals("ip") && c.argv().contains("-batch"))
                .allSatisfy(c -> assertThat(c.argv().size() == 3 || c.argv().get(1).equals("-n")).isTrue());
    }

    @Test
    void planListsWhatDeployWouldDoInOrderWithoutDoingAnything() {
        // given
        ScriptedRunner runner = new ScriptedRunner();

        // when
        List<String> plan = runtime(runner).plan(new RenderedLab(LAB, SEED, null), Duration.ofSeconds(30));

        // then
        assertThat(runner.commands()).isEmpty();
        assertThat(tmp.resolve("run")).doesNotExist();
        assertThat(plan.get(0)).isEqualTo("write " + paths().stateFile(LAB) + " (14 namespaces, before any exists)");
        assertThat(plan.get(1)).startsWith("ip -batch -\n      netns add " + TOR + "\n");
        assertThat(plan).contains(
                "ip -n " + TOR + " -batch -\n      link set lo up\n      link property add dev lo altname lf.calico-bgp-lb",
                "vtysh -N " + TOR + " -c 'show bgp summary json'   (repeated until it answers)",
                "BIRD control socket " + paths().birdSocket(LAB, "k01-worker3") + ": show status   (repeated until it answers)");
        assertThat(plan).anyMatch(l -> l.startsWith("write " + paths().frrConf(LAB, "ceos01") + " ("));
        assertThat(plan).anyMatch(l -> l.startsWith("ip netns exec " + TOR + " /usr/lib/frr/zebra -d -N " + TOR));
        assertThat(plan.get(plan.size() - 1)).startsWith("ip netns exec clab-calico-bgp-lb-k01-worker3 sysctl -q -w"
                + " net.ipv4.conf.cali");
    }

    @Test
    void aBirdThatNeverOpensItsSocketFailsAtTheDeadlineNamingTheNode() {
        // given: FRR answers, no BIRD socket ever appears
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofMillis(1500), m -> { }))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("step bird: BIRD on k01-")
                .hasMessageContaining("did not answer before the deadline; last output: cannot talk to BIRD at ");
    }

    @Test
    void refusesToDeployOverALabThatIsAlreadyThere() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "clab-calico-bgp-lb-k01-worker (id: 3)\n");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofSeconds(30), m -> { }))
                .isInstanceOf(dev.labforge.runtime.LabAlreadyUpException.class)
                .hasMessageContaining("1 namespace(s), e.g. clab-calico-bgp-lb-k01-worker").hasMessageContaining("run `lab down` first");
        assertThat(runner.batch(null)).isEmpty();
        assertThat(paths().stateFile(LAB)).doesNotExist();
    }

    @Test
    void aFailingBatchLineIsReportedWithStepNamespaceAndLine() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "")
                .on(List.of("ip", "-n", "clab-calico-bgp-lb-k01-worker", "-batch", "-"), 1, "",
                        "RTNETLINK answers: File exists\nCommand failed -:2\n");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofSeconds(30), m -> { }))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("step namespaces: ip batch in namespace clab-calico-bgp-lb-k01-worker failed at `ip link property add dev lo altname lf.calico-bgp-lb`")
                .hasMessageContaining("RTNETLINK answers: File exists");
    }

    @Test
    void aDaemonThatDoesNotStartStopsTheDeployWithItsOutput() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "")
                .on(List.of("ip", "netns", "exec", "clab-calico-bgp-lb-k01-worker2", "bird"), 1, "",
                        "bird: /run/x.conf, line 12: syntax error\n");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofSeconds(30), m -> { }))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("step bird: bird did not start on k01-worker2")
                .hasMessageContaining("line 12: syntax error");
    }

    @Test
    void aRouterThatNeverAnswersFailsAtTheDeadline() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "")
                .on(List.of("vtysh"), 1, "", "Exiting: failed to connect to any daemons.\n");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ofMillis(1500), m -> { }))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("vtysh -N " + TOR + " did not answer before the deadline")
                .hasMessageContaining("failed to connect to any daemons");
    }

    @Test
    void aLabNameThatDiffersFromTheRenderedOneIsRefused() {
        assertThatThrownBy(() -> runtime(new ScriptedRunner()).deploy(new RenderedLab("other", SEED, null), Duration.ofSeconds(5),
                m -> { })).isInstanceOf(DeployException.class).hasMessageContaining("names the lab calico-bgp-lb, not other");
    }

    @Test
    void execTalksToTheLabsOwnVtyshAndBirdAndRunsOtherCommandsInTheNamespace() {
        // given
        ScriptedRunner runner = new ScriptedRunner();
        NetnsRuntime rt = runtime(runner);
        LabRef ref = new LabRef(LAB, SEED);

        // when
        rt.exec(ref, "ceos01", List.of("vtysh", "-c", "show bgp summary"), Duration.ofSeconds(5));
        rt.exec(ref, "k01-worker", List.of("birdc", "show", "protocols"), Duration.ofSeconds(5));
        rt.exec(ref, "multitool-1@k01-worker3", List.of("ping", "-c", "1", "10.10.10.1"), Duration.ofSeconds(5));

        // then
        assertThat(runner.argvs()).containsExactly(
                List.of("ip", "netns", "exec", TOR, "vtysh", "-N", TOR, "-c", "show bgp summary"),
                List.of("ip", "netns", "exec", "clab-calico-bgp-lb-k01-worker", "birdc", "-s",
                        paths().birdSocket(LAB, "k01-worker").toString(), "show", "protocols"),
                List.of("ip", "netns", "exec", "clab-calico-bgp-lb-pod-multitool-1-k01-worker3", "ping", "-c", "1", "10.10.10.1"));
    }

    @Test
    void execOfTheEosCliOnTheEmulatedRouterPointsToVtysh() {
        assertThatThrownBy(() -> runtime(new ScriptedRunner()).exec(new LabRef(LAB, SEED), "ceos01",
                List.of("Cli", "-c", "show ip bgp summary"), Duration.ofSeconds(5)))
                .isInstanceOf(dev.labforge.runtime.ExecUsageException.class).hasMessageContaining("use vtysh -c");
    }

    @Test
    void aDeployWithNoTimeLeftStopsBeforeCreatingAnything() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), "");

        // when / then
        assertThatThrownBy(() -> runtime(runner).deploy(new RenderedLab(LAB, SEED, null), Duration.ZERO, m -> { }))
                .isInstanceOf(DeployException.class).hasMessageContaining("did not finish within 0.0 s (during step namespaces)");
        assertThat(runner.batch(null)).isEmpty();
    }

    @Test
    void inspectWithoutStateOrFolderReportsTheNamespacesMarkedForTheLab() {
        // given
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("ip", "netns", "list"), TOR + " (id: 1)\nclab-calico-bgp-lb-svc-ceos01 (id: 2)\n")
                .on(List.of("ip", "-n", TOR, "-o", "link", "show", "dev", "lo"), "1: lo: <LOOPBACK>\\    altname lf.calico-bgp-lb\n")
                .on(List.of("ip", "-n", "clab-calico-bgp-lb-svc-ceos01", "-o", "link", "show", "dev", "lo"),
                        "1: lo: <LOOPBACK>\\    altname lf.calico-bgp-lb-svc\n")
                .on(List.of("ip", "-n", TOR, "-o", "-4", "addr", "show"), "5: br10    inet 10.10.10.1/24 brd 10.10.10.255 scope global br10\n");

        // when
        var inv = runtime(runner).inspect(new LabRef(LAB, null));

        // then
        assertThat(inv.members()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("ceos01");
            assertThat(m.container()).isEqualTo(TOR);
            assertThat(m.addresses()).containsExactly("10.10.10.1/24");
        });
        assertThat(inv.running()).isTrue();
    }

    @Test
    void absentAsksOnlyWhichNamespacesExistNotTheirAddresses() {
        // given: the seed's folder; only the router's namespace is there
        ScriptedRunner partly = new ScriptedRunner().on(List.of("ip", "netns", "list"), TOR + " (id: 1)\nother (id: 2)\n");
        ScriptedRunner none = new ScriptedRunner().on(List.of("ip", "netns", "list"), "other (id: 2)\n");

        // when / then
        assertThat(runtime(partly).absent(new LabRef(LAB, SEED))).isFalse();
        assertThat(runtime(none).absent(new LabRef(LAB, SEED))).isTrue();
        assertThat(partly.argvs()).containsExactly(List.of("ip", "netns", "list"));
    }

    @Test
    void execOnAnUnknownTargetListsTheValidOnes() {
        assertThatThrownBy(() -> runtime(new ScriptedRunner()).exec(new LabRef(LAB, SEED), "k01-worker9", List.of("true"),
                Duration.ofSeconds(5))).isInstanceOf(UnknownTargetException.class)
                .hasMessageContaining("'k01-worker9'").hasMessageContaining("ceos01, k01-control-plane")
                .hasMessageContaining("multitool-1@k01-worker3");
    }

    @Test
    void preflightSaysHowToFixEachMissingPrerequisite() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("id", "-u"), "1000\n").on(List.of("ip", "-V"), 127, "", "No such file");

        // when
        List<PreflightCheck> checks = runtime(runner).preflight(null); // lab doctor asks without a lab

        // then
        assertThat(checks).filteredOn(c -> c.description().equals("running as root")).singleElement()
                .satisfies(c -> {
                    assertThat(c.ok()).isFalse();
                    assertThat(c.detail()).contains("uid is 1000");
                    assertThat(c.fix()).contains("sudo");
                });
        assertThat(checks).filteredOn(c -> c.description().startsWith("ip")).singleElement()
                .satisfies(c -> {
                    assertThat(c.fix()).isEqualTo("apt-get install -y iproute2");
                    assertThat(c.packages()).containsExactly("iproute2");
                });
        assertThat(checks).extracting(PreflightCheck::description)
                .containsExactly("running as root", "ip (iproute2)", "FRR zebra", "FRR bgpd", "vtysh", "bird", "birdc", "ping", "sysctl", "kill");
    }

    @Test
    void probeTargetPingsFromInsideTheSendersNamespace() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "exec"), 1, """
                PING 192.168.46.129 (192.168.46.129) 56(84) bytes of data.

                --- 192.168.46.129 ping statistics ---
                3 packets transmitted, 0 received, 100% packet loss, time 2040ms
                """, "");
        NetnsProbeTarget probe = new NetnsProbeTarget(runner, paths(), NetnsRuntime.fabricOf(SEED, LAB), alive(List.of()));

        // when
        PingResult r = probe.ping("multitool-1@k01-worker", probe.addressOf("multitool-1@k01-worker3"), 3);
        probe.ping("ceos01", "10.10.20.20", 1);

        // then
        assertThat(r.transmitted()).isEqualTo(3);
        assertThat(r.received()).isZero();
        assertThat(runner.argvs()).containsExactly(
                List.of("ip", "netns", "exec", "clab-calico-bgp-lb-pod-multitool-1-k01-worker",
                        "ping", "-n", "-c", "3", "-W", "1", "-i", "0.05", "192.168.46.129"),
                List.of("ip", "netns", "exec", TOR, "ping", "-n", "-c", "1", "-W", "1", "-i", "0.05", "10.10.20.20"));
        assertThat(probe.addressOf("ceos01")).isEqualTo("10.10.10.1");
        assertThat(probe.addressOf("k01-worker3")).isEqualTo("10.10.20.20");
        assertThatThrownBy(() -> probe.ping("multitool-1@k01-worker", "10.0.0.1; reboot", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> probe.ping("ceos01", "10.0.0.1; reboot", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> probe.addressOf("nobody")).isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void probeTargetReadsTorAndNodesWithTheirOwnTools() throws IOException {
        // given: the ToR through its emulation's commands in its namespace, the node through its BIRD socket
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("ip", "netns", "exec", TOR, "vtysh"), "{}")
                .on(List.of("ip", "-n"), "[]")
                .on(List.of("birdc"), Files.readString(Path.of("src/test/resources/fixtures/bird/n1_show_protocols_all.txt")));
        NetnsProbeTarget probe = new NetnsProbeTarget(runner, paths(), NetnsRuntime.fabricOf(SEED, LAB), alive(List.of()));

        // when
        probe.torBgpPeers();
        probe.torRoutes();
        probe.nodeRoutes("k01-worker");

        // then: BIRD is asked through its socket (none here), not by a process
        assertThat(runner.argvs()).containsExactly(
                List.of("ip", "netns", "exec", TOR, "vtysh", "-N", TOR, "-c", "show bgp summary json"),
                List.of("ip", "-n", TOR, "-j", "-4", "route", "show"),
                List.of("ip", "-n", "clab-calico-bgp-lb-k01-worker", "-j", "-4", "route", "show"));
        assertThatThrownBy(() -> probe.nodeBgpPeers("k01-worker")).isInstanceOf(dev.labforge.probe.ObservationException.class)
                .hasMessageContaining("cannot talk to BIRD at " + paths().birdSocket(LAB, "k01-worker"));
        assertThat(runner.argvs()).hasSize(3);
    }

    @Test
    void aDaemonIsDownWhenItsPidIsGoneOrItsFilesAreMissingAndNoProcessIsRunToTellIt() throws Exception {
        // given: k01-worker's BIRD runs as 4242; k01-worker2's pid file names a pid that is gone; k01-worker3 has none;
        // the router's bgpd pid file names a pid that is gone
        NetnsPaths p = paths();
        write(p.birdPid(LAB, "k01-worker"), "4242\n");
        write(p.birdSocket(LAB, "k01-worker"), "");
        write(p.birdPid(LAB, "k01-worker2"), "30795\n");
        write(p.frrPid(TOR, "bgpd"), "555\n");
        ScriptedRunner runner = new ScriptedRunner();
        NetnsProbeTarget probe = new NetnsProbeTarget(runner, p, NetnsRuntime.fabricOf(SEED, LAB), alive(List.of(4242L)));

        // when / then
        assertThat(probe.daemonDown(Side.NODE, "k01-worker")).isEmpty();
        assertThat(probe.daemonDown(Side.NODE, "k01-worker2")).contains("k01-worker2: BIRD is not running (pid 30795 gone)");
        assertThat(probe.daemonDown(Side.NODE, "k01-worker3")).hasValueSatisfying(
                why -> assertThat(why).startsWith("k01-worker3: BIRD is not running (no pid file "));
        assertThat(probe.daemonDown(Side.TOR, "ceos01")).contains("ceos01: bgpd is not running (pid 555 gone)");
        assertThat(runner.argvs()).isEmpty();
    }

    @Test
    void aBirdThatStoppedCleanlyHasNoControlSocket() throws Exception {
        // given
        NetnsPaths p = paths();
        write(p.birdPid(LAB, "k01-worker"), "4242\n");
        NetnsProbeTarget probe = new NetnsProbeTarget(new ScriptedRunner(), p, NetnsRuntime.fabricOf(SEED, LAB), alive(List.of(4242L)));

        // when / then
        assertThat(probe.daemonDown(Side.NODE, "k01-worker")).hasValueSatisfying(
                why -> assertThat(why).startsWith("k01-worker: BIRD has no control socket ("));
    }

    private static void write(Path file, String text) throws java.io.IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text);
    }

    @Test
    void probeTargetAsksFrrForOnePrefixsBgpPathsAndRefusesAnythingButACidr() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "exec", TOR, "vtysh"), "{}");
        NetnsProbeTarget probe = new NetnsProbeTarget(runner, paths(), NetnsRuntime.fabricOf(SEED, LAB), alive(List.of()));

        // when
        var paths = probe.torBgpPrefix("192.168.46.128/26");

        // then
        assertThat(paths.known()).isFalse();
        assertThat(runner.argvs()).containsExactly(
                List.of("ip", "netns", "exec", TOR, "vtysh", "-N", TOR, "-c", "show bgp ipv4 unicast 192.168.46.128/26 json"));
        assertThatThrownBy(() -> probe.torBgpPrefix("192.168.46.128/26 json\nconf t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedObservationIsAnObservationException() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "exec", TOR, "vtysh"), 1, "",
                "Exiting: failed to connect to any daemons.");
        NetnsProbeTarget probe = new NetnsProbeTarget(runner, paths(), NetnsRuntime.fabricOf(SEED, LAB), alive(List.of()));

        // when / then
        assertThatThrownBy(probe::torBgpPeers).isInstanceOf(dev.labforge.probe.ObservationException.class)
                .hasMessageContaining("failed to connect to any daemons");
    }
}
