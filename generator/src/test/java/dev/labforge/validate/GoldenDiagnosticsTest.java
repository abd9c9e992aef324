package dev.labforge.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden diagnostics: each {@code errors/<case>.yaml} is loaded and validated and the formatted
 * diagnostics must equal {@code <case>.diag}. {@code -Dlabforge.golden.update=true} rewrites them.
 */
class GoldenDiagnosticsTest {
    static final Path DIR = Path.of("src/test/resources/errors");
    static final boolean UPDATE = Boolean.getBoolean("labforge.golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    /** Formatted diagnostics of loading and validating one file, as the CLI would print them. */
    static String run(Path file) {
        List<Diagnostic> diagnostics;
        try {
            LoadedSpec spec = new SpecLoader().load(file, file.getFileName().toString());
            diagnostics = new Validator().validate(spec).all();
        } catch (LabSpecException e) {
            diagnostics = e.diagnostics();
        }
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticsMatchGolden(String name) throws IOException {
        // given
        Path yaml = DIR.resolve(name + ".yaml");
        Path golden = DIR.resolve(name + ".diag");

        // when
        String actual = run(yaml);

        // then
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (run with -Dlabforge.golden.update=true to create it)", golden).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("diagnostics of " + name + ".yaml differ from " + name + ".diag:\n"
                    + LineDiff.diff(name + ".diag", expected, "actual", actual));
        }
        assertThat(actual.strip()).as("every error case must produce at least one diagnostic").isNotEmpty();
    }

    /** Every code the sources can emit, read from the sources themselves. */
    static java.util.Set<String> codesInSources() throws IOException {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\"([EW]-[A-Z0-9-]+)\"");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/labforge"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.matcher(Files.readString(f)).results().forEach(m -> codes.add(m.group(1)));
            }
        }
        return codes;
    }

    @Test
    void everyCodeIsDocumentedAndHasAGoldenCase() throws IOException {
        // given
        java.util.Set<String> codes = codesInSources();
        String docs = Files.readString(Path.of("../docs/spec.md"));
        StringBuilder golden = new StringBuilder();
        for (String c : cases().toList()) {
            golden.append(Files.readString(DIR.resolve(c + ".diag")));
        }

        // when / then: E-FILE and E-INTERNAL have no YAML to show; unit tests cover them
        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(c -> assertThat(docs).as("docs/spec.md lists %s", c).contains("`" + c + "`"));
        assertThat(codes).filteredOn(c -> !c.equals("E-FILE") && !c.equals("E-INTERNAL"))
                .allSatisfy(c -> assertThat(golden.toString()).as("a golden case shows %s", c).contains("[" + c + "]"));
    }

    @Test
    void thereAreEnoughCases() throws IOException {
        // given / when
        long count = cases().count();

        // then
        assertThat(count).isGreaterThanOrEqualTo(35);
    }
}
