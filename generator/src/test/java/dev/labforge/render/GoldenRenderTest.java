package dev.labforge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered file of every case equals its golden copy under src/test/resources/golden/&lt;case&gt;/. */
class GoldenRenderTest {

    static List<RenderCases.Case> cases() {
        return RenderCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendered_files_match_golden_copies(RenderCases.Case c) {
        // given / when
        var files = c.render();
        // then
        Golden.check(Golden.ROOT.resolve(c.name()), files);
    }

    @Test
    void every_golden_folder_belongs_to_a_lab_or_case() throws IOException {
        // given
        List<String> names = cases().stream().map(RenderCases.Case::name).toList();
        // when
        List<String> folders;
        try (Stream<Path> dirs = Files.list(Golden.ROOT)) {
            folders = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        // then
        assertThat(folders).as("golden folders without a lab (delete them)").isSubsetOf(names);
        assertThat(names).as("reference labs").contains("10-calico-bgp-ippool", "seed-frr");
    }
}
