package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {
    @TempDir
    Path tmp;
    final FakeBackend backend = new FakeBackend();

    @Test
    void unknownOptionIsAUsageErrorWithSynopsisAndHint() {
        // when
        CliRun run = CliRun.run(backend, "up", "labs/x", "--runtimee", "netns");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: Unknown options: '--runtimee', 'netns'", "Possible solutions: --runtime", "Usage: lab up",
                "Run `lab up --help` for options and examples.");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        // when
        CliRun run = CliRun.run(backend, "valdate", "labs/x");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: Unmatched arguments", "validate");
    }

    @Test
    void noCommandIsAUsageError() {
        // when
        CliRun run = CliRun.run(backend);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: missing command", "Usage: lab");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "up", "verify", "status", "down", "graph"})
    void missingLabArgumentIsAUsageError(String command) {
        // when
        CliRun run = CliRun.run(backend, command);

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: Missing required parameter: '<lab>'");
    }

    @Test
    void aLabThatDoesNotExistIsAUsageErrorBeforeAnythingRuns() {
        // when
        CliRun run = CliRun.run(backend, "up", tmp.resolve("nope").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such lab: " + tmp.resolve("nope"), "labs/10-calico-bgp-ippool");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void aFolderWithoutLabYamlIsAUsageErrorThatSuggestsLabNew() {
        // when
        CliRun run = CliRun.run(backend, "validate", tmp.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no lab.yaml in " + tmp, "`lab new " + tmp + "`");
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        // when
        CliRun run = CliRun.run(backend, "up", "labs/x", "--timeout", "soon");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'soon' is not a duration; write e.g. 120s, 2m, 1m30s or 500ms");
    }

    @Test
    void execWithoutACommandIsAUsageError() {
        // when
        CliRun run = CliRun.run(backend, "exec", "labs/x", "ceos01");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: '<command>'");
    }
}
