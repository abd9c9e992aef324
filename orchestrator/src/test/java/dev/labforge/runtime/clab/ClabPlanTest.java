package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClabPlanTest {
    @TempDir
    Path tmp;

    private static final Path GOLDEN = Path.of("src/test/resources/fixtures/clab/seed-plan.txt");
    private static final boolean UPDATE = Boolean.getBoolean("labforge.golden.update");

    /** A runtime whose every outside-world seam fails the test if touched. */
    private static ClabRuntime untouchableRuntime(ScriptedCommandRunner runner) {
        FakeDockerEngine docker = new FakeDockerEngine();
        docker.reachable = false;
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker, p -> {
            throw new AssertionError("no Kubernetes client expected in a plan");
        }, new CalicoManifests(Path.of(System.getProperty("user.home"), ".cache", "labforge", "calico"), (uri, t) -> {
            throw new AssertionError("no download expected in a plan");
        }), new HostLimits(Path.of("/nonexistent")), ClabDeadlines.defaults(), Clock.systemUTC(), d -> {
            throw new AssertionError("no waiting expected in a plan");
        }, Duration.ofSeconds(5)));
    }

    @Test
    void seedPlanMatchesTheGoldenText() throws IOException {
        // given
        ClabRuntime runtime = untouchableRuntime(new ScriptedCommandRunner());

        // when
        String text = runtime.planText(SeedLab.rendered());

        // then
        if (UPDATE) {
            Files.writeString(GOLDEN, text);
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void planRunsNothing() {
        // given: a runner with no script fails on any command; the docker fake is unreachable
        ScriptedCommandRunner runner = new ScriptedCommandRunner();

        // when
        List<PlannedStep> plan = untouchableRuntime(runner).plan(SeedLab.rendered());

        // then
        assertThat(runner.ran()).isEmpty();
        assertThat(plan).isNotEmpty();
    }

    @Test
    void planFollowsThePhaseOrderAndCarriesEachPhaseDeadline() {
        // when
        List<PlannedStep> plan = untouchableRuntime(new ScriptedCommandRunner()).plan(SeedLab.rendered());

        // then
        assertThat(plan.stream().map(PlannedStep::phase).distinct().toList()).containsExactly("preflight",
                "containerlab-deploy", "kubeconfig", "calico-operator", "calico-ready", "lab-resources", "nodes-ready",
                "workloads-ready", "tor-config");
        assertThat(plan).filteredOn(s -> s.phase().equals("containerlab-deploy")).first()
                .isEqualTo(new PlannedStep("containerlab-deploy", "$ containerlab deploy -t topology.clab.yaml --reconfigure",
                        Duration.ofMinutes(10)));
        assertThat(plan).filteredOn(s -> s.phase().equals("calico-ready"))
                .allMatch(s -> s.deadline().equals(Duration.ofMinutes(10)));
    }

    @Test
    void anFrrTorIsCheckedWithVtysh() {
        // when
        List<PlannedStep> plan = untouchableRuntime(new ScriptedCommandRunner()).plan(RenderedSeed.renderFrrInto(tmp.resolve("frr")));

        // then
        assertThat(plan).filteredOn(s -> s.phase().equals("tor-config")).first().extracting(PlannedStep::action).asString()
                .startsWith("$ docker exec clab-calico-bgp-lb-ceos01 vtysh -c 'show running-config'")
                .contains("startup-configs/ceos01/frr.conf");
        assertThat(plan).extracting(PlannedStep::action).contains("docker: image quay.io/frrouting/frr:8.4.4 is present");
    }

    @Test
    void theWorkflowPlanLinesCarryPhaseAndDeadlineCappedByTheOverallTimeout() {
        // when
        List<String> lines = untouchableRuntime(new ScriptedCommandRunner()).plan(SeedLab.rendered(), Duration.ofMinutes(3));

        // then
        assertThat(lines).contains("[preflight, deadline 30s] $ containerlab version",
                "[containerlab-deploy, deadline 3m] $ containerlab deploy -t topology.clab.yaml --reconfigure",
                "[calico-ready, deadline 3m] kubernetes: wait for TigeraStatus calico and apiserver Available=True");
        assertThat(lines).hasSize(33);
    }

    @Test
    void phaseDeadlinesCanBeChanged() {
        // given
        ClabDeadlines d = ClabDeadlines.defaults().with(ClabPhase.CALICO_READY, Duration.ofSeconds(90));

        // then
        assertThat(dev.labforge.wait.Durations.flag(d.of(ClabPhase.CALICO_READY))).isEqualTo("1m30s");
        assertThat(dev.labforge.wait.Durations.flag(d.of(ClabPhase.PREFLIGHT))).isEqualTo("30s");
        assertThat(dev.labforge.wait.Durations.flag(d.of(ClabPhase.CONTAINERLAB_DEPLOY))).isEqualTo("10m");
        assertThat(dev.labforge.wait.Durations.flag(ClabDeadlines.defaults().total())).isEqualTo("41m30s");
        assertThat(dev.labforge.wait.Durations.flag(d.total())).isEqualTo("33m");
    }

    @Test
    void aLabWithoutAToRDeploysOnlyTheKindClusterAndHasNoTorConfigPhase() {
        // given: labs/16-static-ip rendered and resolved as `lab up` does
        dev.labforge.spec.LoadedSpec spec = new dev.labforge.spec.SpecLoader().load(Path.of("../labs/16-static-ip"));
        dev.labforge.model.Lab model = dev.labforge.resolve.Resolver.resolve(spec.spec());
        Path dir = tmp.resolve("16");
        dev.labforge.workflow.RenderedFileWriter.write(dev.labforge.render.Renderer.render(model,
                dev.labforge.render.TemplateCatalog.builtIn()), dir);
        dev.labforge.runtime.RenderedLab lab = new dev.labforge.runtime.RenderedLab(model.name(), dir, model);
        ScriptedCommandRunner runner = new ScriptedCommandRunner();

        // when
        String text = untouchableRuntime(runner).planText(lab);

        // then
        assertThat(runner.ran()).isEmpty();
        assertThat(text).contains("containerlab deploy -t topology.clab.yaml", "containers running: k01-control-plane, k01-worker",
                "image kindest/node:v1.28.0 is present", "ipreservation-reserved-ips.yaml")
                .doesNotContain("tor-config", "clab-k01-");
    }
}
