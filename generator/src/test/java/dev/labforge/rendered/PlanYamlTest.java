package dev.labforge.rendered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.check.PlanFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** plan.yaml built from parser events gives exactly what the full YAML loader gives. */
class PlanYamlTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

    static Stream<Path> goldenPlans() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/golden"))) {
            return s.filter(p -> p.endsWith(RenderedPaths.PLAN)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenPlans")
    void everyGoldenPlanReadsAsTheLoaderReadsIt(Path plan) throws IOException {
        // given
        String text = Files.readString(plan);

        // when / then
        assertThat(PlanYaml.load(SETTINGS, text)).isEqualTo(new Load(SETTINGS).loadFromString(text));
    }

    @Test
    void scalarsResolveAsTheDefaultSchemaResolvesThem() {
        // given
        String text = """
                a: [1, -7, 4294967296, 123456789012345678901234, 1.5, 1e3, true, false, ~, null, "7", '8', +5, 012, 0x1F, yes, text]
                b: {x: &x [1, 2], y: *x, "": empty key}
                c:
                """;

        // when / then
        assertThat(PlanYaml.load(SETTINGS, text)).isEqualTo(new Load(SETTINGS).loadFromString(text));
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> PlanYaml.load(SETTINGS, "checks: []\nchecks: []\n"))
                .isInstanceOf(YamlEngineException.class).hasMessageContaining("duplicate key checks");
        assertThatThrownBy(() -> new Load(SETTINGS).loadFromString("checks: []\nchecks: []\n")).isInstanceOf(YamlEngineException.class);
    }

    @Test
    void anEmptyDocumentIsNothing() {
        assertThat(PlanYaml.load(SETTINGS, "")).isNull();
        assertThatThrownBy(() -> RenderedPlan.parse("")).isInstanceOf(PlanFormatException.class)
                .hasMessage("labforge/plan.yaml: must be a mapping (re-render the lab)");
    }

    @Test
    void readingTheSameFileAgainGivesTheSamePlanUntilTheFileChanges(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve(RenderedPaths.PLAN);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "lab: a\ntor: t\ntorPlatform: frr\nchecks: []\n");

        // when
        RenderedPlan first = RenderedPlan.read(dir);
        RenderedPlan again = RenderedPlan.read(dir);
        Files.writeString(file, "lab: bb\ntor: t\ntorPlatform: frr\nchecks: []\n");
        RenderedPlan changed = RenderedPlan.read(dir);

        // then
        assertThat(again).isSameAs(first);
        assertThat(changed.lab()).isEqualTo("bb");
        assertThat(List.of(first.lab(), changed.lab())).containsExactly("a", "bb");
    }
}
