package dev.labforge.runtime.clab;

import dev.labforge.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.platform.TorPlatforms;
import dev.labforge.runtime.RenderedLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime against what the renderer really writes for the seed lab: the plan (golden) and a
 * deploy through the fakes, so file names, labels and the ToR config check agree with the renderer.
 */
class ClabRenderedSeedTest {
    private static final Path GOLDEN = Path.of("src/test/resources/fixtures/clab/seed-plan-rendered.txt");
    private static final boolean UPDATE = Boolean.getBoolean("labforge.golden.update");
    private static final String TOR = "clab-calico-bgp-lb-ceos01";

    @TempDir
    Path tmp;

    @Test
    void planOfTheRenderedSeedMatchesTheGoldenText() throws IOException {
        // given
        RenderedLab lab = RenderedSeed.renderInto(tmp.resolve("out"));
        FakeDockerEngine docker = new FakeDockerEngine();
        docker.reachable = false;
        ClabRuntime runtime = new ClabRuntime(new ClabRuntime.Dependencies(new ScriptedCommandRunner(), docker, p -> {
            throw new AssertionError("no Kubernetes client in a plan");
        }, new CalicoManifests(Path.of(System.getProperty("user.home"), ".cache", "labforge", "calico"), (u, t) -> {
            throw new AssertionError("no download in a plan");
        }), new HostLimits(tmp), ClabDeadlines.defaults(), Clock.systemUTC(), d -> {
            throw new AssertionError("no waiting in a plan");
        }, Duration.ofSeconds(5)));

        // when
        String text = runtime.planText(lab).replace(lab.dir().toString(), "<rendered>");

        // then
        if (UPDATE) {
            Files.writeString(GOLDEN, text);
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void theRenderedSeedDeploysThroughTheFakesAndItsEosConfigPassesTheRunningConfigCheck() throws IOException {
        // given: a ToR whose running config is exactly the rendered startup config
        RenderedLab lab = RenderedSeed.renderInto(tmp.resolve("out"));
        assertThat(lab.model().tor().orElseThrow().platform()).isEqualTo(TorPlatforms.byId("ceos"));
        String renderedEos = Files.readString(lab.dir().resolve("startup-configs/ceos01-startup-config.cfg"));
        FakeClock clock = new FakeClock();
        ScriptedCommandRunner runner = new ScriptedCommandRunner()
                .ok(List.of("containerlab", "version"), "version: 0.68.0")
                .ok(List.of("kind", "version"), "kind v0.27.0 go1.23.6 linux/amd64")
                .ok(List.of("kind", "get", "clusters"), "")
                .ok(List.of("kind", "get", "kubeconfig", "--name", "k01"), "apiVersion: v1\n");
        FakeDockerEngine docker = new FakeDockerEngine();
        docker.images.addAll(List.of(lab.model().tor().orElseThrow().image(), lab.model().cluster().image()));
        runner.on(List.of("containerlab", "deploy", "-t", "topology.clab.yaml", "--reconfigure"), c -> {
            docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
            lab.model().cluster().nodes().forEach(n -> docker.running(n.name()));
            return ScriptedCommandRunner.result(c, 0, "", "");
        });
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(renderedEos));
        FakeKubeClusterApi kube = FakeKubeClusterApi.healthy();
        lab.model().workloads().forEach(w -> kube.podsBySelector.put("app=" + w.name(), w.nodes().stream()
                .map(n -> new KubeClusterApi.PodInfo(w.name() + "-" + n, "default", n, null, "Running", true)).toList()));
        Path cache = tmp.resolve("cache/v3.30.0");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("operator-crds.yaml"), "#\n");
        Files.writeString(cache.resolve("tigera-operator.yaml"), "#\n");
        ClabRuntime runtime = new ClabRuntime(new ClabRuntime.Dependencies(runner, docker, p -> kube,
                new CalicoManifests(tmp.resolve("cache"), (u, t) -> {
                    throw new AssertionError("cached");
                }), new HostLimits(procSys()), ClabDeadlines.defaults(), clock, clock.sleeper(), Duration.ofSeconds(5)));
        List<String> progress = new ArrayList<>();

        // when
        runtime.deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        assertThat(kube.applied).startsWith("operator-crds.yaml", "tigera-operator.yaml", "calico-cni-config/custom-resources.yaml",
                "calico-cni-config/bgp-configuration.yaml");
        assertThat(kube.applied).contains("k8s-manifests/lb-ippool.yaml");
        assertThat(progress).contains("tor-config done in 0.0 s");
    }

    private Path procSys() throws IOException {
        Path p = tmp.resolve("proc-sys/fs/inotify");
        Files.createDirectories(p);
        Files.writeString(p.resolve("max_user_watches"), "524288");
        Files.writeString(p.resolve("max_user_instances"), "512");
        return tmp.resolve("proc-sys");
    }
}
