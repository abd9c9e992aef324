package dev.labforge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../x.yaml", "a/../../b", "a//b", "a/", "", "./a", "a\\b"})
    void paths_outside_the_output_folder_or_malformed_are_rejected(String path) {
        assertThatThrownBy(() -> new RenderedFile(path, "x\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"topology.clab.yaml", "startup-configs/ceos01/frr.conf", "tools/a..b.yaml"})
    void relative_paths_are_accepted(String path) {
        assertThat(new RenderedFile(path, "x\n").path()).isEqualTo(path);
    }
}
