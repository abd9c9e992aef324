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

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void validLabResolves(Path lab) {
        // given
        LoadedSpec spec = new SpecLoader().load(lab);
        new Validator().validateOrThrow(spec);

        // when
        dev.labforge.model.Lab resolved = dev.labforge.resolve.Resolver.resolve(spec.spec());

        // then
        assertThat(resolved.name()).isEqualTo(spec.spec().name());
    }

    /** Error cases that end with warnings only are valid specs: the resolver must accept them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("warningOnlyCases")
    void warningOnlyErrorCasesResolve(Path file) {
        // given
        LoadedSpec spec = new SpecLoader().load(file);

        // when
        dev.labforge.model.Lab resolved = dev.labforge.resolve.Resolver.resolve(spec.spec());

        // then
        assertThat(resolved.cluster().nodes()).isNotEmpty();
    }

    static Stream<Path> warningOnlyCases() throws IOException {
        try (Stream<Path> files = Files.list(GoldenDiagnosticsTest.DIR)) {
            return files.filter(f -> f.toString().endsWith(".diag")).filter(f -> {
                try {
                    String d = Files.readString(f);
                    return !d.contains("error[") && d.contains("warning[");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> Path.of(f.toString().replace(".diag", ".yaml"))).sorted().toList().stream();
        }
    }

    @Test
    void allFiveReferenceLabsArePresent() throws IOException {
        // given / when
        List<String> names = labs().map(p -> p.getFileName().toString()).toList();

        // then
        assertThat(names).contains("07-calico-bgp", "08-calico-bgp-lb", "09-multi-ippool", "10-calico-bgp-ippool",
                "15-selective-bgp-peering");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void labsOtherThan09HaveNoWarningsEither(Path lab) {
        // given
        org.junit.jupiter.api.Assumptions.assumeFalse(lab.endsWith("09-multi-ippool"), "09 warns on purpose");
        LoadedSpec spec = new SpecLoader().load(lab);

        // when
        List<Diagnostic> diagnostics = new Validator().validate(spec).all();

        // then
        assertThat(diagnostics).extracting(Diagnostic::format).isEmpty();
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
