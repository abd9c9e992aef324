package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RealDocker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clab runtime's Docker-facing steps against real containers: preflight's image and clash
 * checks, and a deploy whose containerlab (which cannot run here) is scripted to start real
 * containers, so that the container check and the tor-config phase (running config via exec,
 * log scan) talk to a real FRR. Kubernetes stays a fake.
 */
@RealDocker
class ClabDockerStepsIntegrationTest {
    static final List<String> DEPLOY = List.of("containerlab", "deploy", "-t", "topology.clab.yaml", "--reconfigure");
    static final String MISSING_NODE_IMAGE = "labforge/no-such-kind-node:v0";

    @TempDir
    Path tmp;

    final DockerTestLab docker = DockerTestLab.create();
    final FakeClock clock = new FakeClock();
    final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    final FakeKubeClusterApi kube = FakeKubeClusterApi.healthy();
    final List<String> progress = new ArrayList<>();
    String cluster;
    String tor;

    @BeforeEach
    void setUp() throws IOException {
        cluster = "k" + docker.lab.substring("lfit-".length());
        tor = ClabTopologyFile.containerName(docker.lab, "tor01");
        runner.ok(List.of("containerlab", "version"), "  version: 0.68.0\n")
                .ok(List.of("kind", "version"), "kind v0.27.0 go1.23.6 linux/amd64\n")
                .ok(List.of("kind", "get", "clusters"), "");
        kube.nodes.clear();
        kube.nodes.put(cluster + "-control-plane", true);
        kube.nodes.put(cluster + "-worker", true);
        kube.podsBySelector.clear();
        kube.podsBySelector.put("app=multitool-1", kube.nodes.keySet().stream()
                .map(n -> new PodInfo("multitool-1-" + n, "default", n, null, "Running", true)).toList());
    }

    @AfterEach
    void removeEverythingTheTestCreated() {
        docker.close();
    }

    ClabRuntime runtime() throws IOException {
        Path procSys = tmp.resolve("proc-sys/fs/inotify");
        Files.createDirectories(procSys);
        Files.writeString(procSys.resolve("max_user_watches"), "524288\n");
        Files.writeString(procSys.resolve("max_user_instances"), "512\n");
        Path cache = tmp.resolve("cache/v3.30.0");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(CalicoManifests.CRDS), "# cached\n");
        Files.writeString(cache.resolve(CalicoManifests.OPERATOR), "# cached\n");
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker.engine, p -> kube,
                new CalicoManifests(cache.getParent(), (uri, t) -> {
                    throw new AssertionError("no download expected: " + uri);
                }), new HostLimits(tmp.resolve("proc-sys")), ClabDeadlines.defaults(), clock, clock.sleeper(), Duration.ofSeconds(5)));
    }

    RenderedLab lab(String nodeImage) {
        return RenderedFrrLab.render(tmp.resolve("lab"), docker.lab, cluster, DockerTestLab.IMAGE, nodeImage);
    }

    /** containerlab deploy, scripted: starts the ToR (real FRR on {@code torConfig}) and the two kind nodes. */
    void containerlabStartsTheLab(RenderedLab lab, Path torConfig) {
        runner.on(DEPLOY, c -> {
            docker.frrRouter(tor, docker.clabLabels("tor01", lab.dir().resolve(dev.labforge.rendered.RenderedPaths.TOPOLOGY)), torConfig);
            kube.nodes.keySet().forEach(n -> docker.sleeper(n, Map.of("io.x-k8s.kind.cluster", cluster)));
            return ScriptedCommandRunner.result(c, 0, "", "");
        }).ok(List.of("kind", "get", "kubeconfig", "--name", cluster), "apiVersion: v1\nkind: Config\n");
    }

    @Test
    void preflightFindsThePresentImageAndGivesTheFixForTheMissingOne() throws IOException {
        // given
        RenderedLab lab = lab(MISSING_NODE_IMAGE);

        // when
        List<PreflightCheck> checks = runtime().preflight(lab);

        // then
        assertThat(checks).filteredOn(c -> c.description().startsWith("image "))
                .extracting(PreflightCheck::description, PreflightCheck::ok, PreflightCheck::fix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("image " + DockerTestLab.IMAGE + " present", true, null),
                        org.assertj.core.groups.Tuple.tuple("image " + MISSING_NODE_IMAGE + " present", false,
                                "docker pull " + MISSING_NODE_IMAGE));
        assertThat(checks).filteredOn(c -> c.description().equals("Docker engine reachable"))
                .singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
    }

    @Test
    void preflightRefusesALabWhoseContainersAlreadyExistAndNamesTheDestroyThatRemovesThem() throws IOException {
        // given: a container of the same lab, left by an earlier deploy
        RenderedLab lab = lab(DockerTestLab.IMAGE);
        Path topology = Path.of("/labs/earlier/out/topology.clab.yaml");
        ClabRuntime runtime = runtime();
        boolean cleanBefore = runtime.preflight(lab).stream().allMatch(PreflightCheck::ok);
        docker.sleeper(tor, docker.clabLabels("tor01", topology));

        // when
        List<PreflightCheck> failed = runtime.preflight(lab).stream().filter(c -> !c.ok()).toList();

        // then
        assertThat(cleanBefore).isTrue();
        assertThat(failed).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("no lab named " + docker.lab + " is running");
            assertThat(c.detail()).contains(tor);
            assertThat(c.fix()).isEqualTo("containerlab destroy -t " + topology + " --cleanup");
        });
    }

    @Test
    void deployPassesTheContainerAndTorConfigPhasesAgainstARealFrr() throws IOException {
        // given
        RenderedLab lab = lab(DockerTestLab.IMAGE);
        containerlabStartsTheLab(lab, RenderedFrrLab.torConfig(lab));

        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        assertThat(progress).contains("  docker: containers running: " + tor + ", " + cluster + "-control-plane, " + cluster + "-worker");
        assertThat(progress).anyMatch(l -> l.startsWith("tor-config done in "));
        assertThat(docker.engine.exec(tor, List.of("vtysh", "-c", "show running-config"), Duration.ofSeconds(10)).stdout())
                .contains("bgp listen range 10.10.10.0/24 peer-group CALICO-K8S");
    }

    @Test
    void torConfigFailsNamingTheRenderedLineThatTheRouterDoesNotRun() throws IOException {
        // given: the router runs a config without the listen range the rendered one has
        RenderedLab lab = lab(DockerTestLab.IMAGE);
        String rendered = Files.readString(RenderedFrrLab.torConfig(lab));
        assertThat(rendered).contains(" bgp listen range 10.10.10.0/24 peer-group CALICO-K8S\n");
        Path running = Files.writeString(tmp.resolve("running.conf"),
                rendered.replace(" bgp listen range 10.10.10.0/24 peer-group CALICO-K8S\n", ""));
        containerlabStartsTheLab(lab, running);

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("clab phase tor-config failed")
                .hasMessageContaining("missing from the running config: bgp listen range 10.10.10.0/24 peer-group CALICO-K8S")
                .hasMessageContaining(tor + ": running");
    }

    @Test
    void torConfigFailsOnALineTheRouterRejectedAtBootShowingItFromTheContainerLog() throws IOException {
        // given: the rendered config plus a line FRR does not know
        RenderedLab lab = lab(DockerTestLab.IMAGE);
        String rendered = Files.readString(RenderedFrrLab.torConfig(lab));
        Path running = Files.writeString(tmp.resolve("running.conf"),
                rendered.replace(" bgp router-id 10.10.10.1\n", " bgp router-id 10.10.10.1\n bgp no-such-knob 7\n"));
        containerlabStartsTheLab(lab, running);

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("clab phase tor-config failed")
                .hasMessageContaining(tor + " rejected lines of its startup config")
                .hasMessageContaining("% Unknown command")
                .hasMessageContaining("bgp no-such-knob 7");
    }
}
