package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.diag.Severity;
import dev.labforge.diag.SourceMark;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.wait.InterruptedRunException;
import dev.labforge.workflow.UsageException;
import dev.labforge.workflow.VerificationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeMappingTest {
    @TempDir
    Path tmp;
    Path lab;
    final FakeBackend backend = new FakeBackend();

    @BeforeEach
    void labFolder() throws IOException {
        lab = Files.createDirectories(tmp.resolve("lab-a"));
        Files.writeString(lab.resolve("lab.yaml"), "name: lab-a\n");
    }

    @Test
    void invalidSpecPrintsEveryDiagnosticAndACountThenExits2() {
        // given
        backend.failure = () -> new LabSpecException(List.of(
                new Diagnostic(Severity.ERROR, "E-CIDR", "tor.vlans[0].subnet", "'10.10.10.1/24' has host bits set",
                        "write 10.10.10.0/24", new SourceMark("lab.yaml", 12, 18)),
                new Diagnostic(Severity.ERROR, "E-ASN", "calico.asn", "AS 0 is reserved", null,
                        new SourceMark("lab.yaml", 30, 8)),
                new Diagnostic(Severity.WARNING, "W-MTU", "cluster.mtu", "MTU 9000 exceeds the ToR's 1500", null, null)));

        // when
        CliRun run = CliRun.run(backend, "validate", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(
                "lab.yaml:12:18: error[E-CIDR] tor.vlans[0].subnet: '10.10.10.1/24' has host bits set\n  hint: write 10.10.10.0/24",
                "lab.yaml:30:8: error[E-ASN] calico.asn: AS 0 is reserved",
                "<lab>: warning[W-MTU] cluster.mtu: MTU 9000 exceeds the ToR's 1500",
                "2 errors, 1 warning");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void preflightFailurePrintsEachFailedCheckWithItsFixThenExits3() {
        // given
        backend.failure = () -> new PreflightException("the netns runtime cannot run here", List.of(
                PreflightCheck.fail("FRR installed", "/usr/lib/frr/bgpd not found", "apt-get install -y frr"),
                PreflightCheck.fail("running as root", "uid 1000", "sudo ./lab up labs/10-calico-bgp-ippool")));

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString(), "--runtime", "netns");

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("error: the netns runtime cannot run here",
                "✗ FRR installed: /usr/lib/frr/bgpd not found", "fix: apt-get install -y frr",
                "✗ running as root: uid 1000", "fix: sudo ./lab up labs/10-calico-bgp-ippool", "lab doctor");
    }

    @Test
    void failedVerificationPrintsTheSummaryWithTheFailedCheckInFullAndExits1() {
        // given
        backend.failure = () -> new VerificationFailedException("1 of 2 checks failed for lab calico-bgp-lb",
                FakeBackend.report("calico-bgp-lb", true));

        // when
        CliRun run = CliRun.run(backend, "verify", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("""
                calico-bgp-lb (netns): FAILED
                  bgp 1/1, ping 0/1 (1 failed)
                  FAILED ping multitool-1@k01-worker -> multitool-1@k01-worker3
                    expected reply, ttl 61
                    observed 100% loss
                """);
        assertThat(run.err()).isEqualTo("verification failed: 1 of 2 checks failed for lab calico-bgp-lb\n");
    }

    @Test
    void workflowUsageErrorsExit2() {
        // given
        backend.failure = () -> new UsageException("no lab state in labs/x: was it deployed with `lab up`?");

        // when
        CliRun run = CliRun.run(backend, "status", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no lab state in labs/x: was it deployed with `lab up`?\n");
    }

    @Test
    void anInterruptedRunExits130WithWhatWasInterrupted() {
        // given
        backend.failure = () -> new InterruptedRunException("interrupted while checking: bgp ceos01");

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.err()).isEqualTo("interrupted: interrupted while checking: bgp ceos01\n");
    }

    @Test
    void interruptionExits130() {
        // given: the workflow was interrupted while waiting (wrapped, as a poller would)
        backend.failure = () -> new IllegalStateException("waiting for BGP", new InterruptedException());

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.err()).contains("interrupted").doesNotContain("internal error");
    }

    @Test
    void anythingElseIsAOneLineInternalErrorWithoutStackTraceAndExits4() {
        // given
        backend.failure = () -> new IllegalStateException("plan.yaml missing", new IOException("disk full"));

        // when
        CliRun run = CliRun.run(backend, "render", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("internal error: IllegalStateException: plan.yaml missing"
                + " (caused by IOException: disk full)\nre-run with --debug for the stack trace\n");
    }

    @Test
    void debugAddsTheStackTrace() {
        // given
        backend.failure = () -> new IllegalStateException("boom");

        // when
        CliRun run = CliRun.run(backend, "--debug", "render", lab.toString());
        CliRun afterCommand = CliRun.run(backend, "render", lab.toString(), "--debug");

        // then
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("internal error: IllegalStateException: boom", "\tat dev.labforge.cli.");
        assertThat(afterCommand.err()).contains("\tat dev.labforge.cli.");
    }

    @Test
    void deployFailureIsAnEnvironmentProblemAndExits3() {
        // given
        backend.failure = () -> new DeployException("bgpd in clab-lab-a-ceos01 exited: see /tmp/x/bgpd.log");

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("deploy failed: bgpd in clab-lab-a-ceos01 exited: see /tmp/x/bgpd.log");
    }

    @Test
    void unknownExecTargetExits2AndListsTheValidOnes() {
        // given
        backend.failure = () -> new UnknownTargetException("k01-wrker", List.of("ceos01", "k01-worker"));

        // when
        CliRun run = CliRun.run(backend, "exec", lab.toString(), "k01-wrker", "--", "ip", "route");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no node or pod named 'k01-wrker'", "valid targets: ceos01, k01-worker");
    }

    @Test
    void aLabInTheWrongStateForTheCommandExits3WithoutCallingItADeployFailure() {
        // given
        backend.failure = () -> new LabNotUpException("lab-a", lab.toString());

        // when
        CliRun verify = CliRun.run(backend, "verify", lab.toString());
        backend.failure = () -> new LabAlreadyUpException("lab lab-a is already up");
        CliRun up = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(verify.exitCode()).isEqualTo(3);
        assertThat(verify.err()).contains("error: lab lab-a is not up", "start it with ./lab up " + lab);
        assertThat(up.exitCode()).isEqualTo(3);
        assertThat(up.err()).contains("error: lab lab-a is already up").doesNotContain("deploy failed");
    }

    @Test
    void anExecTheTargetCannotRunExits2() {
        // given
        backend.failure = () -> new ExecUsageException("ceos01 is emulated by FRR in the netns runtime: use vtysh");

        // when
        CliRun run = CliRun.run(backend, "exec", lab.toString(), "ceos01", "--", "Cli");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: ceos01 is emulated by FRR").doesNotContain("internal error");
    }

    @Test
    void aReportDirOrOutputThatIsAFileIsAUsageErrorBeforeAnythingRuns() throws IOException {
        // given
        Path file = Files.writeString(tmp.resolve("reports"), "not a folder\n");

        // when
        CliRun up = CliRun.run(backend, "up", lab.toString(), "--report-dir", file.toString());
        CliRun verify = CliRun.run(backend, "verify", lab.toString(), "--report-dir", file.resolve("lab-a").toString());
        CliRun render = CliRun.run(backend, "render", lab.toString(), "-o", file.toString());

        // then
        assertThat(up.exitCode()).isEqualTo(2);
        assertThat(up.err()).contains("--report-dir " + file + ": it is a file, not a folder");
        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).contains(file + " is a file, not a folder");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void anIoFailureIsAnEnvironmentProblemNotAnInternalError() {
        // given
        backend.failure = () -> new java.io.UncheckedIOException("cannot write /r/report.json: No space left on device",
                new IOException("No space left on device"));

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("error: cannot write /r/report.json").doesNotContain("internal error");
    }
}
