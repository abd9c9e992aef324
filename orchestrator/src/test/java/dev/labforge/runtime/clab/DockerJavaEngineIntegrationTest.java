package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.CommandResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/** DockerJavaEngine against a real engine; skipped where none runs (as on the build machine). */
@EnabledIf(value = "dev.labforge.runtime.clab.DockerAvailability#dockerAvailable",
        disabledReason = "no Docker engine reachable (DOCKER_HOST or /var/run/docker.sock): DockerJavaEngine is only proven against fakes here")
class DockerJavaEngineIntegrationTest {

    @Test
    void seesStateLogsExecAndLabelsOfARealContainer() {
        // given: a container carrying a containerlab-style label unique to this run
        String lab = "labforge-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse("alpine:3.20"))
                .withLabels(Map.of("containerlab", lab))
                .withCommand("sh", "-c", "echo booted; sleep 300");
             DockerJavaEngine engine = DockerJavaEngine.fromEnvironment()) {
            c.start();
            String name = c.getContainerName().replaceFirst("^/", "");

            // when
            CommandResult exec = engine.exec(name, List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Duration.ofSeconds(20));

            // then
            assertThat(engine.ping()).isNotBlank();
            assertThat(engine.imageExists("alpine:3.20")).isTrue();
            assertThat(engine.imageExists("labforge/no-such-image:0")).isFalse();
            assertThat(engine.containerState(name).running()).isTrue();
            assertThat(engine.containerState("labforge-no-such-container").status()).isEqualTo(DockerEngine.ContainerState.Status.MISSING);
            assertThat(engine.logsTail(name, 10)).contains("booted");
            assertThat(exec.exitCode()).isEqualTo(3);
            assertThat(exec.stdout()).isEqualTo("out\n");
            assertThat(exec.stderr()).isEqualTo("err\n");
            assertThat(engine.listContainers("containerlab", lab)).extracting(DockerEngine.ContainerSummary::name).containsExactly(name);
        }
    }
}
