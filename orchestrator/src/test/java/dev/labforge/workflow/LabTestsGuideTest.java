package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RecordingConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lab test` checks the guide of every lab folder that has one, as one more testcase. */
class LabTestsGuideTest {

    @TempDir
    Path tmp;

    private Path lab;
    private final FakeRuntime runtime = new FakeRuntime();
    private final RecordingConsole console = new RecordingConsole();
    private final FakeClock clock = new FakeClock();
    private DefaultLabService service;

    @BeforeEach
    void copySeedLab() throws IOException {
        lab = tmp.resolve("10-calico-bgp-ippool");
        Files.createDirectories(lab);
        Files.copy(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"), lab.resolve("lab.yaml"));
        // The shipped guide is written for netns: the fake runtime stands in for it.
        Runtimes runtimes = new Runtimes(Map.of("netns", r -> runtime), () -> false, Map.of());
        service = new DefaultLabService(new DryRunCommandRunner(), console, runtimes, clock, clock.sleeper(),
                new LabLocks(tmp.resolve("locks"), LabLocks.PATIENCE, clock, clock.sleeper()));
    }

    private UpOptions options(Path reportDir) {
        return new UpOptions("netns", reportDir, Duration.ofSeconds(5), false, null);
    }

    @Test
    void aGuideThatNoLongerMatchesTheLabIsAFailedTestcaseNamingItsRegions() throws IOException {
        // given the shipped guide, and a lab whose every command now answers something else
        Files.copy(Path.of("../labs/10-calico-bgp-ippool/GUIDE.md"), lab.resolve("GUIDE.md"));
        runtime.execResult = new CommandResult(Command.of("true"), 0, "something else\n", "", Duration.ZERO, false);
        Path reports = tmp.resolve("reports");

        // when
        List<Report> result = service.test(List.of(lab), options(reports), 1);

        // then the guide is one testcase of its own, failed, with the drifted regions' ids and lines
        CheckOutcome guide = result.get(0).checks().stream().filter(c -> c.type().equals("guide")).findFirst().orElseThrow();
        assertThat(guide.name()).isEqualTo("guide GUIDE.md");
        assertThat(guide.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(guide.observed()).contains("regions drifted").contains("GUIDE.md:")
                .contains("region `exec ceos01 -- vtysh -c 'show ip bgp summary'`").contains("+something else");
        assertThat(result.get(0).phases()).extracting(p -> p.name()).containsSubsequence("verify", "guide", "down");
        assertThat(runtime.calls).contains("exec ceos01 vtysh -c show ip bgp summary");
        assertThat(runtime.calls.get(runtime.calls.size() - 1)).as("down after the guide").startsWith("destroy");
        assertThat(reports.resolve("junit.xml")).content().contains("guide GUIDE.md");
    }

    @Test
    void aLabFolderWithoutAGuideGetsNoGuideTestcase() {
        // given the lab folder holds lab.yaml only

        // when
        List<Report> result = service.test(List.of(lab), options(null), 1);

        // then
        assertThat(result.get(0).checks()).noneMatch(c -> c.type().equals("guide"));
        assertThat(result.get(0).phases()).extracting(p -> p.name()).doesNotContain("guide");
        assertThat(runtime.calls).noneMatch(c -> c.startsWith("exec "));
    }

    @Test
    void aGuideTheSpecNamesButThatIsMissingIsAFailedTestcase() throws IOException {
        // given lab.yaml names a guide file that is not there
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")) + "\nguide: docs/GUIDE.md\n");

        // when
        List<Report> result = service.test(List.of(lab), options(null), 1);

        // then
        CheckOutcome guide = result.get(0).checks().stream().filter(c -> c.type().equals("guide")).findFirst().orElseThrow();
        assertThat(guide.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(guide.observed()).contains("no such file").contains("docs/GUIDE.md");
    }
}
