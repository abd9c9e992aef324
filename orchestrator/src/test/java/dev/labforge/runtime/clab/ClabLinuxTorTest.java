package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.driver.NotOnThisPlatformException;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.LinuxTorLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ToR of platform linux on the clab runtime, through the fakes: tor-config proves the SVIs of its exec
 * lines with {@code ip -j addr} (no boot log to scan), its routes come from the kernel, and BGP questions
 * get a "no BGP here" instead of a timeout.
 */
class ClabLinuxTorTest {
    private static final String TOR = "clab-calico-bgp-ceos01";
    private static final String IP_ADDR = readFixture("iproute2/tor_ip_j_addr_show.json");

    @TempDir
    Path tmp;

    RenderedLab lab;
    final FakeClock clock = new FakeClock();
    final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    final FakeDockerEngine docker = new FakeDockerEngine();
    final FakeKubeClusterApi kube = FakeKubeClusterApi.healthy();

    @BeforeEach
    void setUp() throws IOException {
        RenderedLab rendered = RenderedSeed.renderLab("07-calico-bgp", tmp.resolve("out"));
        LinuxTorLab.edit(rendered.dir());
        lab = rendered;
        runner.ok(List.of("containerlab", "version"), "version: 0.68.0")
                .ok(List.of("kind", "version"), "kind v0.27.0 go1.23.6 linux/amd64")
                .ok(List.of("kind", "get", "clusters"), "")
                .ok(List.of("kind", "get", "kubeconfig", "--name", "k01"), "apiVersion: v1\n")
                .on(List.of("containerlab", "deploy", "-t", "topology.clab.yaml", "--reconfigure"), c -> {
                    docker.container(TOR, Map.of("containerlab", "calico-bgp"));
                    lab.model().cluster().nodes().forEach(n -> docker.running(n.name()));
                    return ScriptedCommandRunner.result(c, 0, "", "");
                });
        docker.images.addAll(List.of(LinuxTorLab.IMAGE, lab.model().cluster().image()));
        lab.model().workloads().forEach(w -> kube.podsBySelector.put("app=" + w.name(), w.nodes().stream()
                .map(n -> new KubeClusterApi.PodInfo(w.name() + "-" + n, "default", n, null, "Running", true)).toList()));
    }

    ClabRuntime runtime() throws IOException {
        Path cache = tmp.resolve("cache/v3.30.0");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("operator-crds.yaml"), "#\n");
        Files.writeString(cache.resolve("tigera-operator.yaml"), "#\n");
        Path inotify = tmp.resolve("proc-sys/fs/inotify");
        Files.createDirectories(inotify);
        Files.writeString(inotify.resolve("max_user_watches"), "524288");
        Files.writeString(inotify.resolve("max_user_instances"), "512");
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker, p -> kube, new CalicoManifests(tmp.resolve("cache"),
                (u, t) -> {
                    throw new AssertionError("cached");
                }), new HostLimits(tmp.resolve("proc-sys")), ClabDeadlines.defaults(), clock, clock.sleeper(), Duration.ofSeconds(5)));
    }

    @Test
    void thePlanChecksTheSvisWithIpAddrAndScansNoLogAndNeedsTheLinuxImage() throws IOException {
        // when
        List<PlannedStep> plan = runtime().plan(lab);

        // then
        assertThat(plan).filteredOn(s -> s.phase().equals("tor-config")).extracting(PlannedStep::action).containsExactly(
                "$ docker exec " + TOR + " ip -j addr show  (must show the SVI addresses of the exec lines of ceos01: br10 10.10.10.1/24)");
        assertThat(plan).extracting(PlannedStep::action).contains("docker: image " + LinuxTorLab.IMAGE + " is present");
    }

    @Test
    void aDeployPassesTorConfigWhenTheRouterHasTheSvi() throws IOException {
        // given
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(IP_ADDR));
        List<String> progress = new ArrayList<>();

        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        assertThat(progress).contains("tor-config done in 0.0 s");
        assertThat(docker.execs).contains(TOR + " ip -j addr show");
    }

    @Test
    void aRouterWithoutTheSviFailsTorConfigNamingIt() throws IOException {
        // given: an exec line did not run, br10 has no address
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(IP_ADDR.replace("10.10.10.1", "10.10.10.99")));

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), m -> { })).isInstanceOf(DeployException.class)
                .hasMessageContaining("clab phase tor-config failed")
                .hasMessageContaining("missing from the running config: br10 10.10.10.1/24");
    }

    @Test
    void probesReadKernelRoutesAndGetNoBgpAtOnce() throws IOException {
        // given
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(readFixture("iproute2/n1_ip_j_route_show.json")));
        var probe = runtime().probeTarget(lab);

        // when
        List<RouteEntry> routes = probe.torRoutes();

        // then
        assertThat(docker.execs).containsExactly(TOR + " ip -j -4 route show");
        assertThat(routes).isNotEmpty();
        assertThatThrownBy(probe::torBgpPeers).isInstanceOf(NotOnThisPlatformException.class).hasMessageContaining("runs no BGP");
    }

    private static String readFixture(String path) {
        try {
            return Files.readString(Path.of("src/test/resources/fixtures").resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
