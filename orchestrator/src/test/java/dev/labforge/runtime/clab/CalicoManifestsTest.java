package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalicoManifestsTest {
    @TempDir
    Path cache;

    final List<URI> fetched = new ArrayList<>();

    @Test
    void downloadsOnceIntoTheCacheThenReadsFromIt() throws IOException {
        // given
        CalicoManifests m = new CalicoManifests(cache, (uri, t) -> {
            fetched.add(uri);
            return "kind: CustomResourceDefinition\n".getBytes(StandardCharsets.UTF_8);
        });

        // when
        Path first = m.ensure("v3.30.0", CalicoManifests.CRDS, Duration.ofSeconds(30));
        Path second = m.ensure("v3.30.0", CalicoManifests.CRDS, Duration.ofSeconds(30));

        // then
        assertThat(first).isEqualTo(second).isEqualTo(cache.resolve("v3.30.0/operator-crds.yaml"));
        assertThat(first).hasContent("kind: CustomResourceDefinition");
        assertThat(fetched).containsExactly(
                URI.create("https://raw.githubusercontent.com/projectcalico/calico/v3.30.0/manifests/operator-crds.yaml"));
        try (var files = Files.list(cache.resolve("v3.30.0"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("operator-crds.yaml");
        }
    }

    @Test
    void aFailedDownloadSaysWhereToPutTheFileByHand() {
        // given
        CalicoManifests m = new CalicoManifests(cache, (uri, t) -> {
            throw new IOException("HTTP 404");
        });

        // when / then
        assertThatThrownBy(() -> m.ensure("v3.30.0", CalicoManifests.OPERATOR, Duration.ofSeconds(30)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot download https://raw.githubusercontent.com/projectcalico/calico/v3.30.0/manifests/tigera-operator.yaml: HTTP 404")
                .hasMessageContaining("Put the file at " + cache.resolve("v3.30.0/tigera-operator.yaml"));
        assertThat(cache.resolve("v3.30.0/tigera-operator.yaml")).doesNotExist();
    }

    @Test
    void anEmptyCachedFileIsFetchedAgain() throws IOException {
        // given
        Files.createDirectories(cache.resolve("v3.30.0"));
        Files.writeString(cache.resolve("v3.30.0/operator-crds.yaml"), "");
        CalicoManifests m = new CalicoManifests(cache, (uri, t) -> {
            fetched.add(uri);
            return "x".getBytes(StandardCharsets.UTF_8);
        });

        // when
        m.ensure("v3.30.0", CalicoManifests.CRDS, Duration.ofSeconds(30));

        // then
        assertThat(fetched).hasSize(1);
    }

    @Test
    void versionsThatCouldEscapeTheCacheAreRefused() {
        // given
        CalicoManifests m = new CalicoManifests(cache, (uri, t) -> new byte[0]);

        // when / then
        assertThatThrownBy(() -> m.ensure("../../etc", CalicoManifests.CRDS, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v3.30.0");
    }
}
