package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `lab test --shard K/N` and `--list`: which labs run, and that a listing runs nothing. */
class TestShardsTest {
    @TempDir
    Path tmp;

    final FakeBackend backend = new FakeBackend();
    final List<Path> labs = new ArrayList<>();

    @BeforeEach
    void fiveLabs() throws IOException {
        for (String name : List.of("15-e", "07-a", "10-d", "08-b", "09-c")) {
            Path lab = Files.createDirectories(tmp.resolve("labs").resolve(name));
            Files.writeString(lab.resolve("lab.yaml"), "name: " + name.substring(3) + "\n");
            labs.add(lab);
        }
    }

    String[] args(String... options) {
        List<String> all = new ArrayList<>(List.of("test"));
        labs.forEach(l -> all.add(l.toString()));
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    @Test
    void aShardRunsItsLabsOnlyInFolderNameOrder() {
        // when
        CliRun second = CliRun.run(backend, args("--shard", "2/2", "--runtime", "netns"));

        // then
        assertThat(second.exitCode()).isZero();
        assertThat(backend.lastLabs).extracting(p -> p.getFileName().toString()).containsExactly("08-b", "10-d");
    }

    @Test
    void listPrintsTheShardsLabsAndRunsNothing() {
        // when
        CliRun first = CliRun.run(backend, args("--shard", "1/2", "--list"));
        CliRun second = CliRun.run(backend, args("--shard", "2/2", "--list"));

        // then
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().lines()).containsExactly(
                tmp.resolve("labs/07-a").toString(), tmp.resolve("labs/09-c").toString(), tmp.resolve("labs/15-e").toString());
        assertThat(second.out().lines()).containsExactly(tmp.resolve("labs/08-b").toString(), tmp.resolve("labs/10-d").toString());
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void listWithoutAShardIsEveryLabAsGivenAndJsonIsAnArrayForACiMatrix() {
        // when
        CliRun text = CliRun.run(backend, args("--list"));
        CliRun json = CliRun.run(backend, args("--list", "-o", "json"));

        // then
        assertThat(text.out().lines()).containsExactlyElementsOf(labs.stream().map(Path::toString).toList());
        assertThat(json.out()).isEqualTo("[" + String.join(",", labs.stream().map(p -> "\"" + p + "\"").toList()) + "]\n");
    }

    @Test
    void aLabGivenTwiceIsOneLabOfOneShard() {
        // given
        labs.add(labs.get(0).resolve("lab.yaml"));

        // when
        List<String> listed = new ArrayList<>();
        for (String shard : List.of("1/2", "2/2")) {
            listed.addAll(CliRun.run(backend, args("--shard", shard, "--list")).out().lines().toList());
        }

        // then
        assertThat(listed).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyShardRunsNothingAndSaysSo() {
        // when
        CliRun run = CliRun.run(backend, args("--shard", "6/6"));

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("shard 6/6 of 5 lab(s) is empty: nothing to run");
        assertThat(backend.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/2", "3/2", "x"})
    void aBadShardIsAUsageErrorSayingWhatAGoodOneLooksLike(String shard) {
        // when
        CliRun run = CliRun.run(backend, args("--shard", shard));

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--shard'").containsAnyOf("K/N needs 1 <= K <= N", "e.g. 1/4");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void twoLabFoldersWithTheSameNameCannotBeSharded() throws IOException {
        // given
        Path twin = Files.createDirectories(tmp.resolve("other/07-a"));
        Files.writeString(twin.resolve("lab.yaml"), "name: twin\n");
        labs.add(twin);

        // when
        CliRun run = CliRun.run(backend, args("--shard", "1/2"));

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("have the same shard key '07-a'");
    }

    @Test
    void jsonOutputWithoutListIsAUsageError() {
        // when
        CliRun run = CliRun.run(backend, args("-o", "json"));

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o json only applies to --list");
    }
}
