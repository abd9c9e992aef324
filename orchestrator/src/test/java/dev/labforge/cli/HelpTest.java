package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
    final FakeBackend backend = new FakeBackend();

    @ParameterizedTest
    @ValueSource(strings = {"new", "validate", "render", "up", "verify", "status", "exec", "down", "test", "graph", "doctor"})
    void everyCommandHelpHasADescriptionExamplesAndExitCodes(String command) {
        // when
        CliRun run = CliRun.run(backend, command, "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: lab " + command)
                .contains("Examples:", "  ./lab " + command + " ", "Exit codes:", "--debug", "--no-color", "-V, --version");
        assertThat(backend.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "new", "validate", "render", "up", "verify", "status", "exec", "down", "test", "graph",
        "doctor"})
    void examplesFitAnEightyColumnTerminalUnbroken(String command) {
        // given
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        CommandLine cmd = LabCli.commandLine(new LabCli(backend, java.util.Map.of(), false, false,
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter())));
        CommandLine target = command.isEmpty() ? cmd : cmd.getSubcommands().get(command);

        // when
        CliRun run = CliRun.run(backend, args);

        // then
        assertThat(target.getCommandSpec().usageMessage().footer()).isNotEmpty().allSatisfy(line ->
                assertThat(run.out()).contains(String.format(line) + "\n"));
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void rootHelpListsEveryCommandWithItsSummary() {
        // when
        CliRun run = CliRun.run(backend, "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Commands:", "./lab up labs/10-calico-bgp-ippool");
        for (String c : new String[] {"new", "validate", "render", "up", "verify", "status", "exec", "down", "test", "graph", "doctor"}) {
            assertThat(run.out()).containsPattern("(?m)^  " + c + " +\\S");
        }
    }

    @Test
    void upHelpShowsTheContractOptionsAndDefaults() {
        // when
        CliRun run = CliRun.run(backend, "up", "--help");

        // then
        assertThat(run.out()).contains("--runtime=<runtime>", "$LAB_RUNTIME", "--report-dir=<dir>",
                "--timeout=<duration>", "Default: the runtime's", "--dry-run", "-o, --output=<dir>",
                "./lab up labs/10-calico-bgp-ippool");
    }

    @Test
    void versionComesFromTheBuild() {
        // when
        CliRun run = CliRun.run(backend, "--version");
        CliRun sub = CliRun.run(backend, "up", "--version");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("labforge 0.").doesNotContain("unknown", "${");
        assertThat(sub.out()).isEqualTo(run.out());
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        // when
        CliRun run = CliRun.run(backend, "help", "graph");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: lab graph", "--format=<format>", "mermaid");
    }
}
