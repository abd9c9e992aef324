package dev.labforge.cli;

import dev.labforge.report.PhaseOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.report.Report;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.workflow.UpOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command passes its arguments to the backend as the contract says and prints the result. */
class CommandsTest {
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
    void upParsesEveryOptionIntoUpOptions() {
        // when
        CliRun run = CliRun.run(backend, "up", lab.toString(), "--runtime", "netns", "--report-dir", "reports/a",
                "--timeout", "3m", "--dry-run", "-o", "/tmp/out-a");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.calls).containsExactly("up");
        assertThat(backend.lastLab).isEqualTo(lab);
        assertThat(backend.lastOptions).isEqualTo(new UpOptions("netns", Path.of("reports/a"), Duration.ofMinutes(3),
                true, Path.of("/tmp/out-a")));
    }

    @Test
    void upEndsWithACountPerCheckTypeOfAPassedRun() {
        // given
        backend.report = FakeBackend.report("calico-bgp-lb", false);

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("calico-bgp-lb (netns): PASSED\n  bgp 1/1\n", "Next: ./lab status " + lab)
                .doesNotContain("bgp ceos01 <-> k01-worker");
    }

    @Test
    void upVerbosePrintsTheTableOfEveryCheck() {
        // given
        backend.report = FakeBackend.report("calico-bgp-lb", false);

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString(), "-v");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("calico-bgp-lb (netns): PASSED\ncheck", "bgp ceos01 <-> k01-worker",
                "1 checks passed, 0 failed");
    }

    @Test
    void verifyVerboseThatFailsPrintsTheTableOnceAndExits1() {
        // given
        backend.failure = () -> new dev.labforge.workflow.VerificationFailedException("1 of 2 checks failed for lab calico-bgp-lb",
                FakeBackend.report("calico-bgp-lb", true));

        // when
        CliRun run = CliRun.run(backend, "verify", lab.toString(), "--verbose");

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsOnlyOnce("calico-bgp-lb (netns): FAILED\ncheck").contains("1 checks passed, 1 failed");
        assertThat(run.err()).isEqualTo("verification failed: 1 of 2 checks failed for lab calico-bgp-lb\n");
    }

    @Test
    void testPassesVerboseToTheWorkflow() {
        // given
        backend.report = FakeBackend.report("calico-bgp-lb", false);

        // when
        CliRun run = CliRun.run(backend, "test", lab.toString(), "-v");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.lastOptions.verbose()).isTrue();
    }

    @Test
    void aDryRunPrintsNoTableAndNoNextSteps() {
        // given
        backend.report = Report.of("calico-bgp-lb", "netns", List.of(), List.of(), null, null);

        // when
        CliRun run = CliRun.run(backend, "up", lab.toString(), "--dry-run");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void upDefaultsToLabRuntimeFromTheEnvironmentThenAuto() {
        // when
        CliRun fromEnv = CliRun.run(backend, Map.of("LAB_RUNTIME", "clab"), "up", lab.toString());
        UpOptions envOptions = backend.lastOptions;
        CliRun flagWins = CliRun.run(backend, Map.of("LAB_RUNTIME", "clab"), "up", lab.toString(), "--runtime", "netns");
        UpOptions flagOptions = backend.lastOptions;
        CliRun neither = CliRun.run(backend, Map.of(), "up", lab.toString());

        // then
        assertThat(fromEnv.exitCode()).isZero();
        assertThat(envOptions.runtime()).isEqualTo("clab");
        assertThat(flagOptions.runtime()).isEqualTo("netns");
        assertThat(backend.lastOptions).isEqualTo(new UpOptions("auto", null, null, false, null));
        assertThat(flagWins.exitCode()).isZero();
        assertThat(neither.out()).contains("./lab down " + lab);
    }

    @Test
    void anUnknownRuntimeIsAUsageErrorNamingWhereItCameFrom() {
        // when
        CliRun flag = CliRun.run(backend, "up", lab.toString(), "--runtime", "docker");
        CliRun env = CliRun.run(backend, Map.of("LAB_RUNTIME", "kvm"), "down", lab.toString());

        // then
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("unknown runtime 'docker' (from --runtime); valid: netns, clab, auto");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).contains("unknown runtime 'kvm' (from LAB_RUNTIME)");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void validatePrintsWarningsAndOk() {
        // given
        backend.warnings = List.of("lab.yaml:31:19: warning[W-MESH] calico.nodeToNodeMesh: mesh and route reflector both on");

        // when
        CliRun run = CliRun.run(backend, "validate", lab.resolve("lab.yaml").toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("lab.yaml:31:19: warning[W-MESH] calico.nodeToNodeMesh: mesh and route reflector both on\n");
        assertThat(run.out()).isEqualTo("ok: " + lab.resolve("lab.yaml") + " is valid (1 warning)\n");
    }

    @Test
    void renderListsTheFilesWritten() throws IOException {
        // given
        Path outDir = tmp.resolve("out");
        Files.createDirectories(outDir.resolve("calico-cni-config"));
        Files.writeString(outDir.resolve("topology.clab.yaml"), "x");
        Files.writeString(outDir.resolve("calico-cni-config/bgp-configuration.yaml"), "x");
        backend.renderedDir = outDir;

        // when
        CliRun run = CliRun.run(backend, "render", lab.toString(), "-o", outDir.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.lastOutDir).isEqualTo(outDir);
        assertThat(run.out()).isEqualTo("rendered 2 files to " + outDir + "\n"
                + "  calico-cni-config/bgp-configuration.yaml\n  topology.clab.yaml\n");
    }

    @Test
    void execPassesTheArgvAfterTheDashesAndReturnsTheCommandsExitCode() {
        // given
        backend.execResult = FakeBackend.result(7, "BGP router identifier 10.10.10.1\n", "warning: x\n", false);

        // when
        CliRun run = CliRun.run(backend, "exec", lab.toString(), "ceos01", "--runtime", "netns", "--",
                "vtysh", "-c", "show bgp summary");

        // then
        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(backend.lastTarget).isEqualTo("ceos01");
        assertThat(backend.lastArgv).containsExactly("vtysh", "-c", "show bgp summary");
        assertThat(backend.lastRuntime).isEqualTo("netns");
        assertThat(run.out()).isEqualTo("BGP router identifier 10.10.10.1\n");
        assertThat(run.err()).isEqualTo("warning: x\n");
    }

    @Test
    void execThatTimedOutExits124() {
        // given
        backend.execResult = FakeBackend.result(-1, "", "", true);

        // when
        CliRun run = CliRun.run(backend, "exec", lab.toString(), "k01-worker", "--timeout", "5s", "--", "ping", "10.0.0.1");

        // then
        assertThat(run.exitCode()).isEqualTo(124);
        assertThat(run.err()).contains("`ping 10.0.0.1` in k01-worker was stopped after 0.1 s (--timeout 5s)");
        assertThat(backend.lastTimeout).isEqualTo(java.time.Duration.ofSeconds(5));
    }

    @Test
    void execHasNoTimeLimitUnlessOneIsGivenAndTakesDockerExecsFlags() {
        // given
        backend.execResult = FakeBackend.result(0, "", "", false);

        // when
        CliRun run = CliRun.run(backend, "exec", "-it", lab.toString(), "ceos01", "--", "vtysh");

        // then: in-process (no streams of its own) the output is captured rather than handed on
        assertThat(run.exitCode()).isZero();
        assertThat(backend.lastTimeout).isNull();
        assertThat(backend.lastInteractive).isFalse();
        assertThat(backend.lastArgv).containsExactly("vtysh");
    }

    @Test
    void statusPrintsATableOrJson() {
        // given
        backend.inventory = new LabInventory("calico-bgp-lb", "netns", true, List.of(
                new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "running",
                        List.of("10.10.10.1/24", "10.10.20.1/24"), null),
                new LabInventory.Member("k01-worker", "node", "clab-calico-bgp-lb-k01-worker", "running",
                        List.of("10.10.10.11/24"), "block 192.168.42.192/26")));

        // when
        CliRun text = CliRun.run(backend, "status", lab.toString());
        CliRun json = CliRun.run(backend, "status", lab.toString(), "-o", "json");

        // then
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo("""
                lab calico-bgp-lb (netns): running
                NAME        KIND    CONTAINER                      STATE    ADDRESSES                    DETAIL
                ceos01      router  clab-calico-bgp-lb-ceos01      running  10.10.10.1/24,10.10.20.1/24
                k01-worker  node    clab-calico-bgp-lb-k01-worker  running  10.10.10.11/24               block 192.168.42.192/26
                """);
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"lab\" : \"calico-bgp-lb\"", "\"running\" : true",
                "\"container\" : \"clab-calico-bgp-lb-k01-worker\"", "\"10.10.20.1/24\"");
    }

    @Test
    void statusOfALabThatIsNotUpStillPrintsItButExits3() {
        // given
        backend.inventory = new LabInventory("calico-bgp-lb", "netns", false, List.of(
                new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "missing", List.of(), null)));

        // when
        CliRun json = CliRun.run(backend, "status", lab.toString(), "-o", "json");

        // then
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).contains("\"running\" : false", "\"state\" : \"missing\"");
        assertThat(json.err()).contains("lab calico-bgp-lb is not up", "./lab up " + lab);
    }

    @Test
    void statusShowsDaemonsLinksAndSessionsPerMemberAndExits1WhenSomethingIsDown() {
        // given: k01-worker's port set down, its BIRD dead
        backend.inventory = new LabInventory("calico-bgp-lb", "netns", true, List.of(
                new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "running", List.of("10.10.10.1/24"), null)),
                List.of(new dev.labforge.probe.LabHealth.Row("ceos01", "bgpd", "running", true),
                        new dev.labforge.probe.LabHealth.Row("ceos01", "link Ethernet2 (to k01-worker)",
                                "ceos01 Ethernet2 (to k01-worker) is DOWN (administratively down) (expected UP)", false),
                        new dev.labforge.probe.LabHealth.Row("ceos01", "bgp <- 10.10.10.11 (k01-worker)",
                                "peer 10.10.10.11: Established, 2 prefixes received", true),
                        new dev.labforge.probe.LabHealth.Row("k01-worker", "BIRD",
                                "k01-worker: BIRD is not running (pid 30795 gone)", false)));

        // when
        CliRun text = CliRun.run(backend, "status", lab.toString());
        CliRun json = CliRun.run(backend, "status", lab.toString(), "-o", "json");

        // then
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).endsWith("""

                MEMBER      WHAT                             STATE
                ceos01      bgpd                             running
                ceos01      link Ethernet2 (to k01-worker)   ceos01 Ethernet2 (to k01-worker) is DOWN (administratively down) (expected UP)
                ceos01      bgp <- 10.10.10.11 (k01-worker)  peer 10.10.10.11: Established, 2 prefixes received
                k01-worker  BIRD                             k01-worker: BIRD is not running (pid 30795 gone)
                """);
        assertThat(text.err()).contains("lab calico-bgp-lb: 2 down: ceos01 link Ethernet2 (to k01-worker), k01-worker BIRD");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"what\" : \"BIRD\"", "\"ok\" : false");
    }

    @Test
    void aPartlyDeletedLabIsNotRunningAndExits1() {
        // given: the router's namespace deleted by hand
        backend.inventory = new LabInventory("calico-bgp-lb", "netns", false, List.of(
                new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "missing", List.of(), null),
                new LabInventory.Member("k01-worker", "node", "clab-calico-bgp-lb-k01-worker", "running", List.of(), null)));
        // when
        CliRun run = CliRun.run(backend, "status", lab.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("lab calico-bgp-lb (netns): not running");
        assertThat(run.err()).contains("1 down: ceos01 missing");
    }

    @Test
    void statusRejectsAnUnknownFormat() {
        // when
        CliRun run = CliRun.run(backend, "status", lab.toString(), "-o", "yaml");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--output'", "text, json");
    }

    @Test
    void downPassesTheRuntime() {
        // when
        CliRun run = CliRun.run(backend, "down", lab.toString(), "--runtime", "clab");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.calls).containsExactly("down");
        assertThat(backend.lastRuntime).isEqualTo("clab");
        assertThat(run.out()).isEqualTo("down: " + lab + " removed\n");
    }

    @Test
    void downWorksOnAFolderWhoseLabYamlIsGoneWhenUpSavedItsStateThereButNotOtherwise() throws IOException {
        // given a lab folder without lab.yaml but with the state `lab up` saved, and one with neither
        Path upped = Files.createDirectories(tmp.resolve("upped"));
        dev.labforge.workflow.LabStateStore.save(upped, new dev.labforge.workflow.LabState("upped", "netns",
                upped.resolve("out").toString(), java.time.Instant.EPOCH));
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        // when
        CliRun fromState = CliRun.run(backend, "down", upped.toString());
        CliRun nothing = CliRun.run(backend, "down", empty.toString());

        // then
        assertThat(fromState.exitCode()).isZero();
        assertThat(backend.calls).containsExactly("down");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("no lab.yaml in " + empty);
    }

    @Test
    void testTakesManyLabsAndAParallelism() throws IOException {
        // given
        Path other = Files.createDirectories(tmp.resolve("lab-b"));
        Files.writeString(other.resolve("lab.yaml"), "name: lab-b\n");

        // when
        CliRun run = CliRun.run(backend, "test", lab.toString(), other.toString(), "--parallel", "2",
                "--report-dir", "reports", "--runtime", "netns");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.lastLabs).containsExactly(lab, other);
        assertThat(backend.lastParallel).isEqualTo(2);
        assertThat(backend.lastOptions).isEqualTo(new UpOptions("netns", Path.of("reports"), null, false, null));
    }

    @Test
    void testExits1WhenAnyLabFailed() {
        // given
        backend.reports = List.of(FakeBackend.report("lab-a", false), FakeBackend.report("lab-b", true));

        // when
        CliRun run = CliRun.run(backend, "test", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void testExitsWithTheHighestCodeOfItsFailedLabs() {
        // given a lab that failed a check and one whose spec was invalid
        Report invalid = Report.of("lab-b", "", List.of(PhaseOutcome.failed("validate", Duration.ZERO, "E-CIDR")),
                List.of(), null, null);
        backend.reports = List.of(FakeBackend.report("lab-a", false), invalid);
        // when
        CliRun mixed = CliRun.run(backend, "test", lab.toString());
        backend.reports = List.of(FakeBackend.report("lab-a", true),
                Report.of("lab-c", "netns", List.of(PhaseOutcome.ok("validate", Duration.ZERO),
                        PhaseOutcome.failed("preflight", Duration.ZERO, "bird missing")), List.of(), null, null));
        CliRun environment = CliRun.run(backend, "test", lab.toString());
        // then
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(environment.exitCode()).isEqualTo(3);
    }

    @Test
    void testRejectsZeroParallelism() {
        // when
        CliRun run = CliRun.run(backend, "test", lab.toString(), "--parallel", "0");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--parallel must be at least 1, was 0");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void doctorPrintsEveryCheckWithItsFixAndExits3WhenTheNamedRuntimeCannotRun() {
        // given
        backend.checks = Map.of("netns", List.of(
                PreflightCheck.pass("running as root", "uid 0"),
                PreflightCheck.fail("BIRD 1.6 installed", "bird not on PATH", "apt-get install -y bird")));

        // when
        CliRun run = CliRun.run(backend, "doctor", "--runtime", "netns");

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(backend.lastRuntime).isEqualTo("netns");
        assertThat(run.out()).isEqualTo("""
                runtime netns:
                  ✓ running as root: uid 0
                  ✗ BIRD 1.6 installed: bird not on PATH
                      fix: apt-get install -y bird
                  1 check failed; run the fix commands above
                """);
    }

    @Test
    void doctorInstallsTheNetnsPackagesOnlyWhenAskedAndChecksAgain() {
        // given a machine without BIRD
        backend.checks = Map.of("netns", List.of(
                PreflightCheck.fail("BIRD 1.6 installed", "bird not on PATH", "apt-get install -y bird")));
        backend.checksAfterInstall = Map.of("netns", List.of(PreflightCheck.pass("BIRD 1.6 installed", "/usr/sbin/bird")));

        // when the user only asks
        CliRun asked = CliRun.run(backend, "doctor", "--runtime", "netns");
        // then nothing is installed
        assertThat(asked.exitCode()).isEqualTo(3);
        assertThat(backend.installed).isNull();

        // when the user consents with --install
        CliRun installed = CliRun.run(backend, "doctor", "--runtime", "netns", "--install");
        // then exactly the netns packages are installed and the checks pass afterwards
        assertThat(backend.installed).containsExactly("frr", "bird", "iproute2", "iputils-ping", "procps");
        assertThat(installed.exitCode()).isZero();
        assertThat(installed.out()).contains("✓ BIRD 1.6 installed", "ready (1 check passed)");
    }

    @Test
    void aFailedInstallExits3AndSaysHowToInstallByHand() {
        backend.checks = Map.of("netns", List.of(
                PreflightCheck.fail("BIRD 1.6 installed", "bird not on PATH", "apt-get install -y bird")));
        backend.installExitCode = 100;

        CliRun run = CliRun.run(backend, "doctor", "--runtime", "netns", "--install");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("failed (exit 100)", "apt-get install -y frr bird iproute2 iputils-ping procps");
    }

    @Test
    void doctorForAutoIsHappyWhenOneRuntimeCanRun() {
        // given
        Map<String, List<PreflightCheck>> checks = new java.util.LinkedHashMap<>();
        checks.put("netns", List.of(PreflightCheck.pass("running as root", "uid 0")));
        checks.put("clab", List.of(PreflightCheck.fail("Docker engine reachable", "no socket", "systemctl start docker")));
        backend.checks = checks;

        // when
        CliRun run = CliRun.run(backend, "doctor");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(backend.lastRuntime).isEqualTo("auto");
        assertThat(run.out()).contains("runtime netns:\n  ✓ running as root: uid 0\n  ready (1 check passed)\n",
                "runtime clab:\n  ✗ Docker engine reachable: no socket\n      fix: systemctl start docker\n",
                "auto: netns can run here\n");
    }

    @Test
    void doctorForAutoExits3WhenNoRuntimeCanRun() {
        // given
        backend.checks = Map.of("clab", List.of(PreflightCheck.fail("kind installed", "not on PATH", "install kind")));

        // when
        CliRun run = CliRun.run(backend, "doctor");

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).endsWith("no runtime can run here\n");
    }
}
