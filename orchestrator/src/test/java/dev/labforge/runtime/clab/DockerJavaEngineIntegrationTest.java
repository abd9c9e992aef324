package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.clab.DockerEngine.ContainerState;
import dev.labforge.testing.RealDocker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DockerJavaEngine against the real engine, with containers of the local test image (see {@link RealDocker}). */
@RealDocker
class DockerJavaEngineIntegrationTest {
    final DockerTestLab docker = DockerTestLab.create();
    final DockerJavaEngine engine = docker.engine;

    @AfterEach
    void removeEverythingTheTestCreated() {
        docker.close();
    }

    @Test
    void answersPingAndTellsAPresentImageFromAMissingOne() {
        // when / then
        assertThat(engine.ping()).isNotBlank();
        assertThat(engine.imageExists(DockerTestLab.IMAGE)).isTrue();
        assertThat(engine.imageExists("labforge/no-such-image:0")).isFalse();
    }

    @Test
    void reportsRunningExitedWithItsCodeAndMissingContainers() {
        // given
        String running = docker.lab + "-running";
        String exited = docker.lab + "-exited";
        docker.sleeper(running, Map.of());
        docker.exited(exited, Map.of(), "bye", 7);

        // when
        ContainerState runningState = engine.containerState(running);
        ContainerState exitedState = engine.containerState(exited);
        ContainerState missingState = engine.containerState(docker.lab + "-never-created");

        // then
        assertThat(runningState.running()).isTrue();
        assertThat(exitedState.status()).isEqualTo(ContainerState.Status.EXITED);
        assertThat(exitedState.exitCode()).isEqualTo(7);
        assertThat(exitedState.describe()).isEqualTo(exited + ": exited with code 7");
        assertThat(missingState.status()).isEqualTo(ContainerState.Status.MISSING);
    }

    @Test
    void execKeepsExitCodeStdoutAndStderrApartAndHonoursItsTimeout() {
        // given
        String name = docker.lab + "-exec";
        docker.sleeper(name, Map.of());

        // when
        CommandResult result = engine.exec(name, List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Duration.ofSeconds(20));
        CommandResult slow = engine.exec(name, List.of("sleep", "30"), Duration.ofMillis(500));
        CommandResult nowhere = engine.exec(docker.lab + "-never-created", List.of("true"), Duration.ofSeconds(5));

        // then
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.command().display()).isEqualTo("docker exec " + name + " sh -c 'echo out; echo err >&2; exit 3'");
        assertThat(slow.timedOut()).isTrue();
        assertThat(slow.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(nowhere.exitCode()).isEqualTo(126);
        assertThat(nowhere.stderr()).isEqualTo("no such container: " + docker.lab + "-never-created");
    }

    @Test
    void logsTailGivesTheLastLinesOfAnExitedContainer() {
        // given
        String name = docker.lab + "-logs";
        docker.exited(name, Map.of(), "line one", 0);

        // when / then
        assertThat(engine.logsTail(name, 10)).isEqualTo("line one\n");
        assertThat(engine.logsTail(docker.lab + "-never-created", 10)).isEmpty();
    }

    @Test
    void listsAndRemovesContainersNetworksAndVolumesByContainerlabLabelOnly() {
        // given: two labs' worth of labelled resources on one engine
        String other = docker.lab + "-other";
        docker.sleeper(docker.lab + "-r1", Map.of("containerlab", docker.lab));
        docker.exited(docker.lab + "-r2", Map.of("containerlab", docker.lab), "done", 0);
        docker.sleeper(other + "-r1", Map.of("containerlab", other));
        docker.network(docker.lab + "-net", Map.of("containerlab", docker.lab));
        docker.volume(docker.lab + "-vol", Map.of("containerlab", docker.lab));

        // when
        List<String> containers = engine.listContainers("containerlab", docker.lab).stream().map(DockerEngine.ContainerSummary::name).toList();
        containers.forEach(engine::removeContainer);
        engine.listNetworks("containerlab", docker.lab).forEach(engine::removeNetwork);
        engine.listVolumes("containerlab", docker.lab).forEach(engine::removeVolume);
        engine.removeContainer(docker.lab + "-r1");

        // then: both of this lab's containers (running and exited) were found and are gone; the other lab's stays
        assertThat(containers).containsExactlyInAnyOrder(docker.lab + "-r1", docker.lab + "-r2");
        assertThat(docker.labelledLeftovers()).isEmpty();
        assertThat(engine.containerState(other + "-r1").running()).isTrue();
        assertThat(engine.listContainers("containerlab", other).get(0).labels())
                .containsEntry("containerlab", other).containsEntry(DockerTestLab.RUN_LABEL, docker.lab);
    }
}
