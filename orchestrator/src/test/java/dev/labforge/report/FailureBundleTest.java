package dev.labforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureBundleTest {

    @TempDir
    Path tmp;

    @Test
    void copiesRenderedFilesAndWritesArtifacts() throws Exception {
        // given
        Path rendered = tmp.resolve("out");
        Files.createDirectories(rendered.resolve("startup-configs"));
        Files.writeString(rendered.resolve("topology.clab.yaml"), "name: calico-bgp-lb\n");
        Files.writeString(rendered.resolve("startup-configs/ceos01-startup-config.cfg"), "hostname ceos01\n");
        Map<String, String> artifacts = new LinkedHashMap<>();
        artifacts.put("tor/show-bgp-summary.json", "{}");
        artifacts.put("logs/bird-k01-worker.log", "bird: Started\n");
        Path bundle = tmp.resolve("report/failure");
        // when
        List<Path> written = FailureBundle.write(bundle, rendered, artifacts);
        // then
        assertThat(Files.readString(bundle.resolve("rendered/topology.clab.yaml"))).isEqualTo("name: calico-bgp-lb\n");
        assertThat(Files.readString(bundle.resolve("rendered/startup-configs/ceos01-startup-config.cfg"))).isEqualTo("hostname ceos01\n");
        assertThat(Files.readString(bundle.resolve("tor/show-bgp-summary.json"))).isEqualTo("{}");
        assertThat(Files.readString(bundle.resolve("logs/bird-k01-worker.log"))).isEqualTo("bird: Started\n");
        assertThat(written).hasSize(4).allMatch(p -> p.startsWith(bundle));
    }

    @Test
    void worksWithoutRenderedFiles() {
        // given / when
        List<Path> written = FailureBundle.write(tmp.resolve("b"), null, Map.of("error.txt", "render failed"));
        // then
        assertThat(written).containsExactly(tmp.resolve("b/error.txt"));
    }

    @Test
    void artifactNamesThatEscapeTheBundleAreRejected() {
        for (String bad : List.of("../x", "a/../../x", "/etc/passwd", "a b", "", "rendered/topology.clab.yaml", "..")) {
            assertThatThrownBy(() -> FailureBundle.write(tmp.resolve("b"), null, Map.of(bad, "x")))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be a relative path");
        }
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
