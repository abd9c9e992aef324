package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only on a terminal, and never with --no-color or NO_COLOR. */
class ColourTest {
    static final String ESC = "\u001b[";
    @TempDir
    Path tmp;
    Path lab;
    final FakeBackend backend = new FakeBackend();

    @BeforeEach
    void labFolder() throws IOException {
        lab = Files.createDirectories(tmp.resolve("lab-a"));
        Files.writeString(lab.resolve("lab.yaml"), "name: lab-a\n");
    }

    CliRun onTerminal(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCli.run(backend, env, true, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aTerminalGetsColour() {
        // when
        CliRun run = onTerminal(Map.of(), "down", lab.toString());

        // then
        assertThat(run.out()).contains(ESC + "32mdown: " + ESC + "0m");
    }

    @Test
    void noColorFlagTurnsItOff() {
        // when
        CliRun run = onTerminal(Map.of(), "down", lab.toString(), "--no-color");
        CliRun help = onTerminal(Map.of(), "--no-color", "up", "--help");
        CliRun usage = onTerminal(Map.of(), "up", "--no-color", "--bogus");

        // then
        assertThat(run.out()).isEqualTo("down: " + lab + " removed\n");
        assertThat(help.out()).contains("Usage: lab up").doesNotContain(ESC);
        assertThat(usage.err()).contains("Usage: lab up").doesNotContain(ESC);
    }

    @Test
    void helpOnATerminalIsColoured() {
        // when
        CliRun help = onTerminal(Map.of(), "up", "--help");

        // then
        assertThat(help.out()).contains(ESC);
    }

    @Test
    void noColorEnvironmentTurnsItOff() {
        // when
        CliRun run = onTerminal(Map.of("NO_COLOR", "1"), "down", lab.toString());

        // then
        assertThat(run.out()).doesNotContain(ESC);
    }
}
