package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a socket where no engine listens: the failure must be one clear sentence. */
class DockerJavaEngineTest {

    @Test
    void noEngineAtTheSocketIsADockerUnavailableExceptionSayingWhatToDo(@TempDir Path tmp) {
        // given
        String host = "unix://" + tmp.resolve("docker.sock");
        try (DockerJavaEngine engine = new DockerJavaEngine(host)) {

            // when / then
            assertThat(engine.endpoint()).isEqualTo(host);
            assertThatThrownBy(engine::ping)
                    .isInstanceOf(DockerUnavailableException.class)
                    .hasMessageStartingWith("cannot reach the Docker engine at " + host)
                    .hasMessageContaining("Install and start Docker Engine");
            assertThatThrownBy(() -> engine.listContainers("containerlab", "x")).isInstanceOf(DockerUnavailableException.class);
        }
    }

    @Test
    void withoutDockerHostTheDefaultSocketIsUsed() {
        try (DockerJavaEngine engine = new DockerJavaEngine(null)) {
            assertThat(engine.endpoint()).isEqualTo("unix:///var/run/docker.sock");
        }
    }
}
