package dev.labforge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.Severity;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference lab under ../labs loads and validates without errors. */
class ReferenceLabsTest {
    static final Path LABS = Path.of("../labs");

    static Stream<Path> labs() throws IOException {
        try (Stream<Path> dirs = Files.list(LABS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("lab.yaml"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void labValidatesWithoutErrors(Path lab) {
        // given
        LoadedSpec spec = new SpecLoader().load(lab);

        // when
        List<Diagnostic> diagnostics = new Validator().validate(spec).all();

        // then
        assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(Diagnostic::format).isEmpty();
    }

    @Test
    void allFiveReferenceLabsArePresent() throws IOException {
        // given / when
        List<String> names = labs().map(p -> p.getFileName().toString()).toList();

        // then
        assertThat(names).contains("07-calico-bgp", "08-calico-bgp-lb", "09-multi-ippool", "10-calico-bgp-ippool",
                "15-selective-bgp-peering");
    }

    @Test
    void onlyTheReservePoolOfLab09Warns() {
        // given
        LoadedSpec spec = new SpecLoader().load(LABS.resolve("09-multi-ippool"));

        // when
        List<Diagnostic> warnings = new Validator().validateOrThrow(spec);

        // then
        assertThat(warnings).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("W-SELECTOR-NO-MATCH", "calico.pools[1].nodeSelector"));
    }

    @Test
    void labNamesAreUniqueSoLabsCanRunSideBySide() throws IOException {
        // given
        List<String> names = labs().map(l -> new SpecLoader().load(l).spec().name()).toList();

        // when / then
        assertThat(names).doesNotHaveDuplicates();
    }
}
