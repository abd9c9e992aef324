package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.testing.E2E;
import dev.labforge.testing.LabProcess;
import dev.labforge.testing.RecordingConsole;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.Runtimes;
import dev.labforge.workflow.UpOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `lab exec` as `docker exec`, through the real main in its own process: stdin passed through, interactive programs
 * on a terminal (a shell, vtysh and birdc without a command), no time limit unless --timeout, the command's exit code.
 */
@E2E
class NetnsExecE2ETest {
    private static final String LAB = "lfe2e-exec";

    @TempDir
    static Path tmp;

    private static Path lab;

    private static DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), new RecordingConsole(), runtimes, Clock.systemUTC(), Sleeper.real());
    }

    @BeforeAll
    static void up() throws Exception {
        lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(90), false, null));
    }

    @AfterAll
    static void down() {
        service().down(lab, "netns");
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    private static String[] exec(String... rest) {
        List<String> argv = new java.util.ArrayList<>(List.of("--no-color", "exec", "--runtime", "netns", lab.toString()));
        argv.addAll(List.of(rest));
        return argv.toArray(String[]::new);
    }

    @Test
    void stdinIsPassedThroughAndTheExitCodeIsTheCommands() {
        // when
        LabProcess cat = LabProcess.startArgv(tmp.resolve("logs"), "cat", "hi\n", LabProcess.argv(exec("k01-worker", "--", "cat")));
        LabProcess seven = LabProcess.start(tmp.resolve("logs"), "seven", exec("k01-worker", "--", "sh", "-c", "exit 7"));

        // then
        assertThat(cat.waitFor(30)).as(cat.stderr()).isZero();
        assertThat(cat.stdout()).isEqualTo("hi\n");
        assertThat(seven.waitFor(30)).isEqualTo(7);
    }

    @Test
    void aShellVtyshAndBirdcWithoutACommandAreInteractiveOnATerminal() {
        // when a person types into them on a terminal (script gives lab one)
        LabProcess shell = LabProcess.onTerminal(tmp.resolve("logs"), "shell", "echo $((6*7))\nexit\n", exec("k01-worker", "--", "bash"));
        LabProcess vtysh = LabProcess.onTerminal(tmp.resolve("logs"), "vtysh", "show bgp summary\nexit\n", exec("-it", "ceos01", "--", "vtysh"));
        LabProcess birdc = LabProcess.onTerminal(tmp.resolve("logs"), "birdc", "show protocols\nquit\n", exec("k01-worker", "--", "birdc"));

        // then each answered what was typed
        assertThat(shell.waitFor(30)).as(shell.stdout()).isZero();
        assertThat(shell.stdout()).contains("42");
        assertThat(vtysh.waitFor(30)).as(vtysh.stdout()).isZero();
        assertThat(vtysh.stdout()).contains("BGP router identifier 10.10.10.1").contains("10.10.20.20");
        assertThat(birdc.waitFor(30)).as(birdc.stdout()).isZero();
        assertThat(birdc.stdout()).contains("BIRD 1.6").contains("Established");
    }

    @Test
    void thereIsNoTimeLimitUnlessOneIsGivenAndThenItIsExit124() {
        // when: ping runs (and prints as it goes) until --timeout stops it
        LabProcess ping = LabProcess.start(tmp.resolve("logs"), "ping", exec("--timeout", "2s", "ceos01", "--", "ping", "-i", "0.2", "10.10.10.11"));

        // then
        assertThat(ping.waitFor(30)).as(ping.stderr()).isEqualTo(124);
        assertThat(ping.stdout()).contains("bytes from 10.10.10.11");
        assertThat(ping.stderr()).contains("was stopped after").contains("(--timeout 2s)");
    }
}
