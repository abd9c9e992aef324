package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `lab down` cannot miss: processes `lab exec` left running, a namespace of the lab that lost its name while a
 * process kept it alive (with its veths), one renamed by hand, and a lab folder whose lab.yaml was deleted.
 */
@E2E
class NetnsCleanupE2ETest {
    private static final String LAB = "lfe2e-clean";
    private static final String BY_HAND = "lfe2e-clean-by-hand";

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private final ProcessCommandRunner runner = new ProcessCommandRunner();
    private Path lab;
    private Process hidden;
    private Process renamed;

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(runner, console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    @AfterEach
    void cleanUp() {
        for (Process p : new Process[] {hidden, renamed}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        runner.run(Command.of("ip", "netns", "delete", BY_HAND));
        new NetnsRuntime().destroy(new dev.labforge.runtime.LabRef(LAB, null), dev.labforge.runtime.Progress.NONE);
    }

    @Test
    void downKillsEveryProcessInTheLabsNamespacesHoweverTheyAreNamedAndWorksWithoutLabYaml() throws Exception {
        // given the seed, up
        lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(90), false, null));
        String ns = "clab-" + LAB + "-";

        // and what a user leaves: `lab exec ... -- sh -c 'sleep 321 &'` (it returns at once, the sleep stays) ...
        CommandResult exec = service().exec(lab, "k01-worker", List.of("sh", "-c", "sleep 321 &"), "netns");
        assertThat(exec.exitCode()).isZero();
        assertThat(exec.took()).isLessThan(Duration.ofSeconds(10));
        // ... a process keeping a node's namespace (and its veths) alive after the name was deleted by hand ...
        hidden = new ProcessBuilder("ip", "netns", "exec", ns + "k01-worker2", "sleep", "322").start();
        // ... and a namespace renamed by hand, with a process in it
        renamed = new ProcessBuilder("ip", "netns", "exec", ns + "k01-worker3", "sleep", "323").start();
        awaitSleeping(hidden, renamed);
        assertThat(runner.run(Command.of("ip", "netns", "delete", ns + "k01-worker2")).ok()).isTrue();
        assertThat(runner.run(Command.of("ip", "netns", "attach", BY_HAND, Long.toString(renamed.pid()))).ok()).isTrue();
        assertThat(runner.run(Command.of("ip", "netns", "delete", ns + "k01-worker3")).ok()).isTrue();
        // and the lab's spec is deleted: down works from the state `lab up` saved in the folder
        Files.delete(lab.resolve("lab.yaml"));

        // when
        LabProcess down = LabProcess.start(tmp.resolve("logs"), "down", "--no-color", "down", lab.toString(), "--runtime", "netns");

        // then it says what it removed, and nothing of the lab is left anywhere
        assertThat(down.waitFor(60)).as(down.stdout() + down.stderr()).isZero();
        assertThat(down.stdout()).contains("sleep (pid ").contains("in " + ns + "k01-worker)")
                .contains("without a name").contains(BY_HAND + " (a namespace of " + LAB + " under another name)")
                .containsPattern("deleted \\d+ namespaces").contains("removed /run/labforge/" + LAB);
        assertThat(hidden.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(renamed.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(runner.run(Command.of("ip", "netns", "list")).stdout()).doesNotContain(BY_HAND);
        lab = null;
        E2ESupport.assertNothingLeft(LAB, List.of(ns + "ceos01"));
    }

    /** Until both processes run sleep inside their namespace (ip netns exec has exec'ed it). */
    private static void awaitSleeping(Process... ps) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean all = true;
            for (Process p : ps) {
                all &= ProcessHandle.of(p.pid()).flatMap(h -> h.info().command()).map(c -> c.endsWith("sleep")).orElse(false);
            }
            if (all) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sleeps did not start");
    }
}
