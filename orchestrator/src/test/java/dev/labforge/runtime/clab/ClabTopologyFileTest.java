package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClabTopologyFileTest {

    @Test
    void readsTheLabNameClustersRoutersAndKindNodes() {
        // when
        ClabTopologyFile t = ClabTopologyFile.read(SeedLab.DIR.resolve("topology.clab.yaml"));

        // then
        assertThat(t.name()).isEqualTo("calico-bgp-lb");
        assertThat(t.kindClusters()).containsExactly("k01");
        assertThat(t.routers()).containsExactly("ceos01");
        assertThat(t.externalContainers()).containsExactly("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3");
        assertThat(t.containerOf("ceos01")).isEqualTo("clab-calico-bgp-lb-ceos01");
        assertThat(t.containerOf("k01-worker")).isEqualTo("k01-worker");
    }

    @Test
    void aFileWithoutNameIsRejectedNamingTheFile(@TempDir Path tmp) throws IOException {
        // given
        Path f = tmp.resolve("topology.clab.yaml");
        Files.writeString(f, "topology:\n  nodes: {}\n");

        // when / then
        assertThatThrownBy(() -> ClabTopologyFile.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("no top-level name");
    }
}
