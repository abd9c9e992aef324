package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.diag.LabSpecException;
import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.PreflightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RecordingConsole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultLabServiceTest {

    @TempDir
    Path tmp;

    private Path lab;
    private final FakeRuntime runtime = new FakeRuntime();
    private final RecordingConsole recording = new RecordingConsole();
    private final List<String> console = recording.lines();
    private final FakeClock clock = new FakeClock();
    private DefaultLabService service;

    @BeforeEach
    void copySeedLab() throws IOException {
        lab = tmp.resolve("10-calico-bgp-ippool");
        Files.createDirectories(lab);
        Files.copy(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"), lab.resolve("lab.yaml"));
        Runtimes runtimes = new Runtimes(Map.of("fake", r -> runtime), () -> false, Map.of());
        service = new DefaultLabService(new DryRunCommandRunner(), recording, runtimes, clock,
                clock.sleeper());
    }

    private UpOptions options(Path reportDir) {
        return new UpOptions("fake", reportDir, Duration.ofSeconds(5), false, null);
    }

    @Test
    void aFailedDeployIsCleanedUpAndReportedWithoutSavingState() {
        // given
        runtime.deployFails = true;
        Path reports = tmp.resolve("reports");
        // when / then
        assertThatThrownBy(() -> service.up(lab, options(reports)))
                .isInstanceOf(DeployException.class).hasMessageContaining("bgpd did not start");
        assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb", "deploy calico-bgp-lb", "destroy calico-bgp-lb");
        assertThat(LabStateStore.load(lab)).isEmpty();
        assertThat(reports.resolve("report.json")).content().contains("\"deploy\"").contains("FAILED");
        assertThat(reports.resolve("junit.xml")).exists();
        assertThat(reports.resolve("failure-bundle/ceos01/bgpd.log")).exists();
    }

    @Test
    void missingPrerequisitesStopBeforeAnythingIsDeployed() {
        runtime.preflightFails = true;

        assertThatThrownBy(() -> service.up(lab, options(null)))
                .isInstanceOf(PreflightException.class)
                .satisfies(e -> assertThat(((PreflightException) e).failed()).singleElement()
                        .satisfies(c -> assertThat(c.fix()).isEqualTo("apt-get install -y bird")));
        assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb");
    }

    @Test
    void checksThatNeverPassFailVerificationButKeepTheLabUpForDebugging() {
        // given a lab that deploys but never converges
        Path reports = tmp.resolve("reports");
        // when
        assertThatThrownBy(() -> service.up(lab, options(reports)))
                .isInstanceOf(VerificationFailedException.class)
                .satisfies(e -> {
                    Report report = ((VerificationFailedException) e).report();
                    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
                    assertThat(report.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAILED));
                    assertThat(report.checks().get(0).observed()).contains("cannot observe").contains("bgpd is not running");
                });
        // then the lab stays up (no destroy) and its state is saved for verify/down
        assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb", "deploy calico-bgp-lb");
        assertThat(LabStateStore.load(lab)).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("calico-bgp-lb");
            assertThat(s.runtime()).isEqualTo("fake");
        });
        assertThat(lab.resolve("out/topology.clab.yaml")).exists();

        // when the user takes it down
        service.down(lab, null);
        // then it is destroyed from the saved state, and the state is gone
        assertThat(runtime.calls).last().isEqualTo("destroy calico-bgp-lb");
        assertThat(LabStateStore.load(lab)).isEmpty();
    }

    @Test
    void anInterruptWhileCheckingStillTearsTheLabDownAndKeepsTheInterrupt() {
        // given Ctrl-C arrives during the checks
        runtime.interruptWhileChecking = true;
        try {
            // when / then
            assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(InterruptedRunException.class);
            assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb", "deploy calico-bgp-lb", "destroy calico-bgp-lb");
            assertThat(LabStateStore.load(lab)).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt restored for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void testRunsDownEvenWhenVerificationFailsAndWritesOneJunitFile() {
        Path reports = tmp.resolve("reports");

        List<Report> result = service.test(List.of(lab), options(reports), 1);

        assertThat(result).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(r.phases()).extracting(p -> p.name()).contains("deploy", "verify", "down");
        });
        assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb", "deploy calico-bgp-lb", "destroy calico-bgp-lb");
        assertThat(reports.resolve("junit.xml")).content().contains("<testcase").contains("calico-bgp-lb");
        assertThat(reports.resolve("10-calico-bgp-ippool/report.json")).exists();
        assertThat(console).as("summary table").anySatisfy(l -> assertThat(l).contains("1 of 1 labs failed"));
    }

    @Test
    void anInvalidSpecFailsBeforeRenderingAnything() throws IOException {
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml"))
                .replace("ip: 10.10.20.20", "ip: 10.10.30.20"));

        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(LabSpecException.class);
        assertThat(lab.resolve("out")).doesNotExist();
        assertThat(runtime.calls).isEmpty();
    }

    @Test
    void anUnknownRuntimeIsAUsageErrorThatListsTheValidOnes() {
        assertThatThrownBy(() -> service.up(lab, new UpOptions("docker", null, Duration.ofSeconds(5), false, null)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown runtime 'docker'").hasMessageContaining("fake, auto");
    }

}
