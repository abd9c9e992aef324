package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.runtime.LabRef;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RealDocker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `lab down` on the clab runtime after a crash, against the real engine: no saved state, no
 * rendered folder, a topology file that no longer exists, and no containerlab on the machine. What
 * the lab left (running and exited containers, an anonymous volume, a network and a named volume,
 * all labelled containerlab=&lt;lab&gt;) must be gone afterwards, and nothing of another lab touched.
 */
@RealDocker
class ClabTeardownIntegrationTest {

    @TempDir
    Path tmp;

    final DockerTestLab docker = DockerTestLab.create();
    final DockerTestLab otherLab = DockerTestLab.create();
    final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    final List<String> progress = new ArrayList<>();

    @AfterEach
    void removeEverythingTheTestCreated() {
        docker.close();
        otherLab.close();
    }

    ClabRuntime runtime() {
        FakeClock clock = new FakeClock();
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker.engine, p -> {
            throw new AssertionError("down needs no Kubernetes API");
        }, new CalicoManifests(tmp, (uri, t) -> {
            throw new AssertionError("no download expected: " + uri);
        }), new HostLimits(tmp), ClabDeadlines.defaults(), clock, clock.sleeper(), Duration.ofSeconds(5)));
    }

    @Test
    void afterACrashDownRemovesEveryContainerNetworkAndVolumeOfTheLabByItsLabelAlone() {
        // given: what a crashed deploy left behind, with the topology file already deleted
        Path goneTopology = tmp.resolve("deleted/topology.clab.yaml");
        docker.frrRouter(ClabTopologyFile.containerName(docker.lab, "tor01"), docker.clabLabels("tor01", goneTopology),
                writeEmptyFrrConf());
        docker.exited(ClabTopologyFile.containerName(docker.lab, "client"), docker.clabLabels("client", goneTopology), "crashed", 137);
        String anonymousVolume = docker.sleeperWithAnonymousVolume(ClabTopologyFile.containerName(docker.lab, "store"),
                docker.clabLabels("store", goneTopology), "/data");
        docker.network(docker.lab + "-mgmt", Map.of("containerlab", docker.lab));
        docker.volume(docker.lab + "-state", Map.of("containerlab", docker.lab));
        String bystander = ClabTopologyFile.containerName(otherLab.lab, "tor01");
        otherLab.sleeper(bystander, otherLab.clabLabels("tor01", tmp.resolve("other/topology.clab.yaml")));
        runner.fails(List.of("containerlab", "destroy", "--name", docker.lab, "--cleanup"), 127, "Cannot run program \"containerlab\"");
        assertThat(docker.labelledLeftovers()).hasSize(5);

        // when: down from nothing but the lab's name
        runtime().destroy(new LabRef(docker.lab, null), progress::add);

        // then
        assertThat(docker.labelledLeftovers()).isEmpty();
        assertThat(docker.volumeExists(anonymousVolume)).as("anonymous volume " + anonymousVolume).isFalse();
        assertThat(docker.engine.containerState(bystander).running()).isTrue();
        assertThat(progress).contains("containerlab destroy --name " + docker.lab + " --cleanup  (" + goneTopology + " no longer exists)")
                .endsWith("lab " + docker.lab + " removed");
    }

    @Test
    void downOfALabThatLeftNothingIsANoOpAndTouchesNoOtherLab() {
        // given
        String bystander = ClabTopologyFile.containerName(otherLab.lab, "tor01");
        otherLab.sleeper(bystander, otherLab.clabLabels("tor01", tmp.resolve("other/topology.clab.yaml")));

        // when
        runtime().destroy(new LabRef(docker.lab, null), progress::add);
        runtime().destroy(new LabRef(docker.lab, null), progress::add);

        // then
        assertThat(runner.ran()).isEmpty();
        assertThat(progress).contains("no container labelled containerlab=" + docker.lab + ": nothing for containerlab to remove");
        assertThat(docker.engine.containerState(bystander).running()).isTrue();
    }

    private Path writeEmptyFrrConf() {
        try {
            return java.nio.file.Files.writeString(tmp.resolve("frr.conf"), "frr defaults traditional\nhostname tor01\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
