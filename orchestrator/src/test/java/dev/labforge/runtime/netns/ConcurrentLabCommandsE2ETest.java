package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
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
 * Two `lab` processes at once on one lab (the per-lab lock), and a second folder whose lab.yaml has the same
 * name as a running lab: real FRR and BIRD, real processes, real exit codes.
 */
@E2E
class ConcurrentLabCommandsE2ETest {
    private static final String LAB = "lfe2e-twice";

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private Path lab;

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    private Path seedFolder(String folder) throws Exception {
        Path dir = tmp.resolve(folder);
        Files.createDirectories(dir);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(dir.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        return dir;
    }

    @AfterEach
    void down() {
        if (lab != null) {
            service().down(lab, "netns");
        }
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void twoUpsOfOneLabAtOnceDeployItOnceAndTheSecondIsRefusedWithoutCorruptingIt() throws Exception {
        lab = seedFolder("lab");
        for (int round = 1; round <= 3; round++) {
            // when two `lab up` of the same folder start at once
            LabProcess a = LabProcess.start(tmp.resolve("logs"), "up-a-" + round, "--no-color", "up", lab.toString(), "--runtime", "netns");
            LabProcess b = LabProcess.start(tmp.resolve("logs"), "up-b-" + round, "--no-color", "up", lab.toString(), "--runtime", "netns");
            int codeA = a.waitFor(120);
            int codeB = b.waitFor(120);

            // then one deployed it and passed; the other was refused (it waited for the lock, then found the lab up, or
            // gave up waiting), with a sentence and no Java exception
            String both = "round " + round + "\nA:\n" + a.stdout() + a.stderr() + "\nB:\n" + b.stdout() + b.stderr();
            assertThat(List.of(codeA, codeB)).as(both).containsExactlyInAnyOrder(0, 3);
            LabProcess refused = codeA == 3 ? a : b;
            assertThat(refused.stderr()).as(both)
                    .containsPattern("is up from this folder|is being changed by PID \\d+ \\(up " + java.util.regex.Pattern.quote(lab.toString()) + "\\)")
                    .doesNotContain("Exception");
            // ... before it rendered anything: it never rewrote the folder the other was deploying from
            assertThat(refused.stdout()).as(both).doesNotContain("render ...");

            // and the lab is whole: every check passes again
            Report again = service().verify(lab, new UpOptions("netns", null, Duration.ofSeconds(30), false, null));
            assertThat(again.verdict()).as(both).isEqualTo(Verdict.PASSED);
            service().down(lab, "netns");
            E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
        }
    }

    @Test
    void aSecondFolderWithTheSameNameIsRefusedNamingBothAndTheFirstLabIsUntouched() throws Exception {
        // given the lab is up from one folder, and a copy of it sits in another
        lab = seedFolder("first");
        service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(90), false, null));
        Path copy = seedFolder("second");

        // when / then: up, verify, status, exec and down from the copy are refused, naming both folders
        for (List<String> args : List.of(List.of("up", copy.toString()), List.of("verify", copy.toString()),
                List.of("status", copy.toString()), List.of("exec", copy.toString(), "k01-worker", "--", "true"),
                List.of("down", copy.toString()))) {
            List<String> argv = new java.util.ArrayList<>(List.of("--no-color", args.get(0), "--runtime", "netns"));
            argv.addAll(args.subList(1, args.size()));
            LabProcess p = LabProcess.start(tmp.resolve("logs"), args.get(0), argv.toArray(String[]::new));
            assertThat(p.waitFor(60)).as(args + ": " + p.stderr()).isEqualTo(3);
            assertThat(p.stderr()).as(args.toString()).contains("lab " + LAB + " is up from " + lab.toAbsolutePath())
                    .contains(copy.toAbsolutePath().toString());
        }

        // and the first folder's lab still passes every check
        Report report = service().verify(lab, new UpOptions("netns", null, Duration.ofSeconds(30), false, null));
        assertThat(report.verdict()).isEqualTo(Verdict.PASSED);
    }
}
