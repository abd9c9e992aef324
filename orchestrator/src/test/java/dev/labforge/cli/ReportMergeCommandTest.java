package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lab report merge`: what it prints and exits with; the merge itself is ReportMergeTest's. */
class ReportMergeCommandTest {
    @TempDir
    Path tmp;

    final FakeBackend backend = new FakeBackend();

    Path shardWithOneLab(String name) {
        Path shard = tmp.resolve(name);
        Report report = Report.of("lab-a", "netns", List.of(PhaseOutcome.ok("deploy", Duration.ofSeconds(1))), List.of(), null, null);
        ReportWriter.writeJson(report, shard.resolve("07-a/report.json"));
        ReportWriter.writeJunit(List.of(report), shard.resolve("junit.xml"));
        return shard;
    }

    @Test
    void mergesAndWarnsAboutAMissingShardWithoutFailing() {
        // given
        Path shard = shardWithOneLab("shard-1");
        Path missing = tmp.resolve("shard-2");

        // when
        CliRun run = CliRun.run(backend, "report", "merge", shard.toString(), missing.toString(), "-o", tmp.resolve("out").toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("warning: " + missing + ": does not exist (did the shard's job upload its report folder?)\n");
        assertThat(run.out()).isEqualTo("merged 1 lab(s) from 2 folder(s) (1 problem(s), see the warnings) into " + tmp.resolve("out")
                + ": junit.xml, report.json, report.html\n");
        assertThat(tmp.resolve("out/report.html")).isNotEmptyFile();
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void nothingUsableIsExit2AndWritesNothing() throws Exception {
        // given
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        // when
        CliRun run = CliRun.run(backend, "report", "merge", empty.toString(), "-o", tmp.resolve("out").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("warning: " + empty + ": holds no lab report folders",
                "nothing to merge: none of [" + empty + "] holds a readable <lab>/report.json");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void theOutputFolderIsRequired() {
        // when
        CliRun run = CliRun.run(backend, "report", "merge", tmp.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--output=<out>'");
    }

    @Test
    void reportAloneNamesItsSubcommand() {
        // when
        CliRun run = CliRun.run(backend, "report");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing subcommand: lab report merge <dir>... -o <out>");
    }

    @Test
    void helpTeachesWithExamplesAndTheExitCodes() {
        // when
        CliRun run = CliRun.run(backend, "report", "merge", "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: lab report merge").contains("Examples:",
                "./lab report merge reports/shard-1 reports/shard-2 -o reports/merged", "Exit codes:",
                "nothing to merge (no input holds a readable lab report)");
        assertThat(run.out().indexOf("Examples:")).isLessThan(run.out().indexOf("Exit codes:"));
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
