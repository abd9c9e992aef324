package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.diag.LabSpecException;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.MissingPackages;
import dev.labforge.runtime.PreflightException;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RecordingConsole;
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
    private LabLocks locks;

    @BeforeEach
    void copySeedLab() throws IOException {
        lab = tmp.resolve("10-calico-bgp-ippool");
        Files.createDirectories(lab);
        Files.copy(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"), lab.resolve("lab.yaml"));
        Runtimes runtimes = new Runtimes(Map.of("fake", r -> runtime), () -> false, Map.of());
        locks = new LabLocks(tmp.resolve("locks"), LabLocks.PATIENCE, clock, clock.sleeper());
        service = new DefaultLabService(new DryRunCommandRunner(), recording, runtimes, clock,
                clock.sleeper(), locks);
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
    void oneTimeoutBoundsTheWholeUpSoTheChecksGetOnlyWhatDeployLeft() {
        // given a 5 s timeout, of which deploy takes 4.5 s
        runtime.whileDeploying = () -> clock.advance(Duration.ofMillis(4500));

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> service.up(lab, options(null)));

        // then the checks got the 0.5 s that was left, not a floor of their own (it was 10 s)
        assertThat(thrown).isInstanceOf(VerificationFailedException.class);
        Report report = ((VerificationFailedException) thrown).report();
        Duration verify = report.phases().stream().filter(p -> p.name().equals("verify")).findFirst().orElseThrow().took();
        assertThat(verify).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(report.total()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(runtime.deployTimeouts).containsExactly(Duration.ofSeconds(5));
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
    void onAFreshDebianMachineAsRootUpInstallsWhatIsMissingPrintingTheCommandFirstThenDeploys() {
        // given: BIRD missing; apt-get (a stand-in) "installs" it
        runtime.birdMissing = true;
        List<String> ran = new java.util.ArrayList<>();
        dev.labforge.exec.CommandRunner apt = c -> {
            ran.add(c.display());
            if (c.argv().get(0).equals("apt-get")) {
                runtime.birdMissing = false;
            }
            return new dev.labforge.exec.CommandResult(c, 0, "", "", Duration.ZERO, false);
        };
        service = new DefaultLabService(apt, recording, new Runtimes(Map.of("fake", r -> runtime), () -> false, Map.of()), clock,
                clock.sleeper(), locks, () -> new MissingPackages.Machine(true, "debian", "", true, false));

        // when (the fake lab never converges: verify fails, which is not what this is about)
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> service.up(lab, options(null)));

        // then: printed, then run, then preflight asked again and the lab deployed
        assertThat(thrown).isInstanceOf(VerificationFailedException.class);
        assertThat(ran).containsExactly("apt-get install -y -q bird");
        assertThat(console).containsSubsequence("the fake runtime needs bird: installing them (LAB_NO_INSTALL=1 turns this off)",
                "running: apt-get install -y -q bird", "done preflight true");
        assertThat(runtime.calls).startsWith("preflight calico-bgp-lb", "preflight calico-bgp-lb", "deploy calico-bgp-lb");
    }

    @Test
    void withLabNoInstallOrNotRootUpInstallsNothingAndSaysWhatToRun() {
        runtime.birdMissing = true;
        List<String> ran = new java.util.ArrayList<>();
        dev.labforge.exec.CommandRunner nothing = c -> {
            ran.add(c.display());
            return new dev.labforge.exec.CommandResult(c, 0, "", "", Duration.ZERO, false);
        };
        for (MissingPackages.Machine m : List.of(new MissingPackages.Machine(true, "debian", "", true, true),
                new MissingPackages.Machine(false, "debian", "", true, false))) {
            service = new DefaultLabService(nothing, recording, new Runtimes(Map.of("fake", r -> runtime), () -> false, Map.of()),
                    clock, clock.sleeper(), locks, () -> m);
            assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(PreflightException.class)
                    .hasMessageStartingWith("the fake runtime cannot run here: 1 prerequisite(s) missing; ")
                    .hasMessageContaining("apt-get install -y bird");
        }
        assertThat(ran).isEmpty();
        assertThat(runtime.calls).containsOnly("preflight calico-bgp-lb");
    }

    @Test
    void statusOfALabThatIsUpLooksOnceAtEachMembersLinksAndSessionsAndSaysWhenItCannot() throws IOException {
        // given: the fake lab up (its ToR answers nothing: bgpd is not running), then its rendered folder deleted
        org.assertj.core.api.Assertions.catchThrowable(() -> service.up(lab, options(null)));

        // when
        LabInventory inventory = service.status(lab, "fake");

        // then: one row per link and session check of the plan, ToR first, each with what was seen
        assertThat(inventory.somethingDown()).isTrue();
        assertThat(inventory.health()).extracting(dev.labforge.probe.LabHealth.Row::member).startsWith("ceos01").contains("k01-worker3");
        assertThat(inventory.health()).filteredOn(r -> r.what().equals("bgp <- 10.10.10.11 (k01-worker)")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("cannot observe: vtysh: bgpd is not running"
                        + " (expected Established, 2 prefixes received)"));
        assertThat(inventory.health()).filteredOn(r -> r.what().startsWith("link ")).hasSize(8).noneMatch(r -> r.ok());

        // when the rendered folder is gone
        try (java.util.stream.Stream<Path> files = Files.walk(lab.resolve("out"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        LabInventory without = service.status(lab, "fake");
        // then
        assertThat(without.health()).singleElement().satisfies(r -> {
            assertThat(r.what()).isEqualTo("health");
            assertThat(r.state()).startsWith("cannot look at daemons, links and sessions: ");
            assertThat(r.ok()).isFalse();
        });
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
                    assertThat(report.checks()).filteredOn(c -> c.type().equals("bgp")).first()
                            .satisfies(c -> assertThat(c.observed()).contains("cannot observe").contains("bgpd is not running"));
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
    void aVerifyWhoseChecksFailIsAFailedPhaseInTheConsoleAndTheReport() throws IOException {
        // given a lab that deploys but never converges
        Path reports = tmp.resolve("reports");

        // when
        assertThatThrownBy(() -> service.up(lab, options(reports))).isInstanceOf(VerificationFailedException.class);

        // then: progress per check type, no line per check, and the phase says FAILED with how many
        assertThat(console).contains("done verify false 56 of 56 checks failed")
                .anyMatch(l -> l.startsWith("  - bgp 0/8 passed, 8 failed"))
                .noneMatch(l -> l.contains("FAIL bgp"));
        assertThat(Files.readString(reports.resolve("report.json")))
                .contains("\"name\" : \"verify\",\n    \"status\" : \"failed\"")
                .contains("\"detail\" : \"56 of 56 checks failed\"")
                .contains("\"type\" : \"route\"");
    }

    @Test
    void testSideBySideMarksEveryLineWithItsLab() throws IOException {
        // given a second lab
        Path other = tmp.resolve("07-calico-bgp");
        Files.createDirectories(other);
        Files.copy(Path.of("../labs/07-calico-bgp/lab.yaml"), other.resolve("lab.yaml"));

        // when
        service.test(List.of(lab, other), options(null), 2);

        // then: all but the summary table carry a lab's folder name
        List<String> perLab = console.subList(0, console.indexOf(""));
        assertThat(perLab).isNotEmpty().allSatisfy(l -> assertThat(l).containsAnyOf("[10-calico-bgp-ippool]", "[07-calico-bgp]"));
        assertThat(perLab).anyMatch(l -> l.startsWith("phase [07-calico-bgp] deploy"))
                .anyMatch(l -> l.startsWith("[10-calico-bgp-ippool]   - bgp"));
    }

    @Test
    void anInterruptWhileCheckingStillTearsTheLabDownAndKeepsTheInterrupt() {
        // given Ctrl-C arrives during the checks
        runtime.interruptWhileChecking = true;
        try {
            // when / then
            assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(dev.labforge.wait.InterruptedRunException.class);
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
    void aReportFolderThatCannotBeMadeIsAUsageErrorBeforeAnythingIsDeployed() {
        // given a --report-dir no one can create (as root too)
        Path forbidden = Path.of("/proc/forbidden");

        // when / then: up and verify name the path and the reason, and nothing ran
        assertThatThrownBy(() -> service.up(lab, options(forbidden))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--report-dir /proc/forbidden: cannot create it (no such file or directory")
                .hasMessageContaining("nothing was deployed");
        assertThatThrownBy(() -> service.verify(lab, options(forbidden))).isInstanceOf(UsageException.class)
                .hasMessageContaining("/proc/forbidden");
        assertThatThrownBy(() -> service.test(List.of(lab), options(forbidden), 1)).isInstanceOf(UsageException.class)
                .hasMessageContaining("/proc/forbidden");
        assertThat(runtime.calls).isEmpty();
    }

    @Test
    void testRunsEveryLabTakesEachDownAndPrintsTheSummaryWhenALabsReportCannotBeWritten() throws IOException {
        // given two labs; while the first deploys, its report folder turns into a file (a disk gone bad, a careless rm)
        Path reports = tmp.resolve("reports");
        Path other = tmp.resolve("07-calico-bgp");
        Files.createDirectories(other);
        Files.copy(Path.of("../labs/07-calico-bgp/lab.yaml"), other.resolve("lab.yaml"));
        Path firstReports = reports.resolve("10-calico-bgp-ippool");
        runtime.whileDeploying = () -> {
            try {
                if (Files.isDirectory(firstReports)) {
                    Files.delete(firstReports);
                    Files.writeString(firstReports, "in the way");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        // when
        List<Report> result = service.test(List.of(lab, other), options(reports), 1);

        // then both labs ran and went down, the summary names both, and the JUnit file has what could be written
        assertThat(result).hasSize(2);
        assertThat(runtime.calls).filteredOn(c -> c.startsWith("deploy ") || c.startsWith("destroy "))
                .containsExactly("deploy calico-bgp-lb", "destroy calico-bgp-lb", "deploy calico-bgp", "destroy calico-bgp");
        assertThat(console).anySatisfy(l -> assertThat(l).contains("could not write the report to " + firstReports));
        assertThat(console).anySatisfy(l -> assertThat(l).contains("2 of 2 labs failed"));
        assertThat(reports.resolve("junit.xml")).content().contains("calico-bgp-lb").contains("calico-bgp");
        assertThat(reports.resolve("07-calico-bgp/report.json")).exists();
    }

    @Test
    void aSecondFolderWithTheSameNameNeitherStartsNorActsOnTheFirstFoldersLab() throws IOException {
        // given the seed is up from its folder, and a copy of it in another folder (same name: calico-bgp-lb)
        runtime.execResult = new CommandResult(Command.of("true"), 0, "", "", Duration.ZERO, false);
        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(VerificationFailedException.class);
        Path copy = tmp.resolve("copy-of-10");
        Files.createDirectories(copy);
        Files.copy(lab.resolve("lab.yaml"), copy.resolve("lab.yaml"));
        runtime.calls.clear();
        String both = "lab calico-bgp-lb is up from " + lab.toAbsolutePath();

        // when / then: every command from the copy is refused, naming both folders, and nothing reaches the runtime
        assertThatThrownBy(() -> service.up(copy, options(null))).isInstanceOf(LabNameTakenException.class)
                .hasMessageContaining(both).hasMessageContaining(copy.toAbsolutePath().resolve("lab.yaml") + " has the same name");
        assertThatThrownBy(() -> service.verify(copy, options(null))).isInstanceOf(LabNameTakenException.class)
                .hasMessageContaining(both + ", not from " + copy.toAbsolutePath());
        assertThatThrownBy(() -> service.status(copy, "fake")).isInstanceOf(LabNameTakenException.class).hasMessageContaining(both);
        assertThatThrownBy(() -> service.exec(copy, "ceos01", List.of("true"), "fake")).isInstanceOf(LabNameTakenException.class)
                .hasMessageContaining(both);
        assertThatThrownBy(() -> service.down(copy, "fake")).isInstanceOf(LabNameTakenException.class)
                .hasMessageContaining("./lab down " + lab.toAbsolutePath());
        assertThat(runtime.calls).isEmpty();

        // and once the first is down, the copy may come up
        service.down(lab, "fake");
        assertThatThrownBy(() -> service.up(copy, options(null))).isInstanceOf(VerificationFailedException.class);
        assertThat(runtime.calls).contains("deploy calico-bgp-lb");
    }

    @Test
    void aLabBeingChangedByAnotherCommandIsRefusedNamingItAndNothingIsDeployedOrWritten() throws Exception {
        // given another command holds the lab (a thread here stands for the other process)
        LabLocks.Held other = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> locks.hold("calico-bgp-lb", "up labs/10-calico-bgp-ippool", Console.SILENT)).get();
        Path reports = tmp.resolve("reports");
        try {
            // when / then
            assertThatThrownBy(() -> service.up(lab, options(reports))).isInstanceOf(LabBusyException.class)
                    .hasMessageEndingWith("(up labs/10-calico-bgp-ippool); try again when it ends");
            assertThatThrownBy(() -> service.down(lab, "fake")).isInstanceOf(LabBusyException.class);
            assertThatThrownBy(() -> service.verify(lab, options(null))).isInstanceOf(LabBusyException.class);
            assertThat(runtime.calls).isEmpty();
            assertThat(reports.resolve("report.json")).doesNotExist();
            assertThat(console).anySatisfy(l -> assertThat(l).startsWith("lab calico-bgp-lb is being changed by PID"));
        } finally {
            other.close();
        }
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

    @Test
    void upOnALabThatIsAlreadyUpLeavesItRunning() {
        // given a lab whose namespaces are already there, without state here (e.g. brought up from a copy)
        runtime.alreadyUp = true;
        // when / then: the runtime's refusal does not tear down the running lab
        assertThatThrownBy(() -> service.up(lab, options(null)))
                .isInstanceOf(LabAlreadyUpException.class).hasMessageContaining("already up");
        assertThat(runtime.calls).containsExactly("preflight calico-bgp-lb", "deploy calico-bgp-lb");
        assertThat(LabStateStore.load(lab)).isEmpty();
    }

    @Test
    void testDoesNotTakeDownALabThatWasAlreadyUp() {
        runtime.alreadyUp = true;

        List<Report> result = service.test(List.of(lab), options(null), 1);

        assertThat(result).singleElement().satisfies(r -> assertThat(r.verdict()).isNotEqualTo(Verdict.PASSED));
        assertThat(runtime.calls).doesNotContain("destroy calico-bgp-lb");
    }

    @Test
    void verifyOnALabThatIsNotUpSaysSoWithoutPolling() {
        runtime.inventory = new LabInventory("calico-bgp-lb", "fake", false,
                List.of(new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "missing", List.of(), "")));

        assertThatThrownBy(() -> service.verify(lab, options(null)))
                .isInstanceOf(LabNotUpException.class)
                .hasMessageContaining("lab calico-bgp-lb is not up").hasMessageContaining("./lab up " + lab);
        assertThat(runtime.calls).as("inspected, no check polled").containsExactly("inspect calico-bgp-lb");
    }

    @Test
    void verifyOnAPartlyUpLabStillRunsTheChecks() {
        service.render(lab, null);
        runtime.inventory = new LabInventory("calico-bgp-lb", "fake", false, List.of(
                new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "running", List.of(), ""),
                new LabInventory.Member("k01-worker", "node", "clab-calico-bgp-lb-k01-worker", "missing", List.of(), "")));

        assertThatThrownBy(() -> service.verify(lab, options(null))).isInstanceOf(VerificationFailedException.class);
    }

    @Test
    void verifyRunsExactlyTheChecksOfTheRenderedPlanInItsOrder() throws IOException {
        // given: a rendered plan whose checks were cut down to the last ping and the first session (after the links)
        service.render(lab, null);
        Path plan = lab.resolve("out/labforge/plan.yaml");
        List<String> lines = Files.readAllLines(plan);
        int first = lines.indexOf("checks:");
        List<String> checks = lines.subList(first + 1, lines.size()).stream().filter(l -> l.startsWith("  - {type:")).toList();
        List<String> kept = new ArrayList<>(lines.subList(0, first + 1));
        kept.add(checks.get(checks.size() - 1));
        kept.add(checks.stream().filter(l -> l.startsWith("  - {type: bgp")).findFirst().orElseThrow());
        Files.write(plan, kept);

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> service.verify(lab, options(null)));

        // then
        assertThat(thrown).isInstanceOfSatisfying(VerificationFailedException.class, e -> assertThat(e.report().checks())
                .extracting(c -> c.name()).containsExactly("ping ceos01 -> multitool-1@k01-worker3 ttl 63",
                        "bgp ceos01 <- 10.10.10.10 (k01-control-plane)"));
    }

    @Test
    void verifyWithoutARenderedPlanSaysWhereItLooked() {
        // when / then: no state, no rendered folder
        assertThatThrownBy(() -> service.verify(lab, options(null))).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("verify runs the checks listed in the rendered folder: ")
                .hasMessageContaining("out/labforge/plan.yaml is missing");
    }

    @Test
    void execThatFailsBecauseTheLabIsNotUpSaysSo() {
        runtime.inventory = new LabInventory("calico-bgp-lb", "fake", false, List.of());
        runtime.execResult = new CommandResult(Command.of("ip", "netns", "exec", "x", "true"), 255, "",
                "Cannot open network namespace", Duration.ZERO, false);

        assertThatThrownBy(() -> service.exec(lab, "ceos01", List.of("true"), "fake"))
                .isInstanceOf(LabNotUpException.class).hasMessageContaining("is not up");
    }

    @Test
    void execHasNoTimeLimitUnlessOneIsGiven() {
        // given
        runtime.execResult = new CommandResult(Command.of("sleep", "75"), 0, "", "", Duration.ofSeconds(75), false);

        // when
        service.exec(lab, "k01-worker", List.of("sleep", "75"), "fake");
        service.exec(lab, "k01-worker", List.of("sleep", "75"), "fake", false, Duration.ofSeconds(3));

        // then (it was 60 s, always)
        assertThat(runtime.execTimeouts).containsExactly(Command.NO_LIMIT, Duration.ofSeconds(3));
    }

    @Test
    void execThatFailsInARunningLabReturnsTheCommandsOwnResult() {
        runtime.execResult = new CommandResult(Command.of("false"), 1, "", "", Duration.ZERO, false);

        assertThat(service.exec(lab, "ceos01", List.of("false"), "fake").exitCode()).isEqualTo(1);
    }

    @Test
    void testRunsTheOtherLabsWhenOneSpecIsInvalidAndSaysWhereItFailed() throws IOException {
        // given a second lab whose spec is invalid
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml"))
                .replace("ip: 10.10.20.20", "ip: 10.10.30.20"));

        List<Report> result = service.test(List.of(bad, lab), options(null), 1);

        assertThat(result).hasSize(2);
        assertThat(result.get(0).phases()).extracting(p -> p.name()).containsExactly("validate");
        assertThat(runtime.calls).contains("deploy calico-bgp-lb");
        assertThat(LabTests.summaryTable(result).lines().toList()).anySatisfy(l -> assertThat(l)
                .startsWith(bad.toString()).contains("FAILED", "0/0", "validate failed"));
    }

    @Test
    void verifyAfterTheSpecWasEditedRefusesAndSaysHowToApplyTheEdit() throws IOException {
        // given a lab that was up (its checks fail here, the fake never converges) and then an edited block
        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(VerificationFailedException.class);
        String spec = Files.readString(lab.resolve("lab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), "# a comment only\n" + spec);
        assertThatThrownBy(() -> service.verify(lab, options(null)))
                .as("a comment does not change the lab").isInstanceOf(VerificationFailedException.class);
        Files.writeString(lab.resolve("lab.yaml"), spec.replace("block: 192.168.46.128/26", "block: 192.168.50.0/26"));

        // when / then
        assertThatThrownBy(() -> service.verify(lab, options(null)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("spec of lab calico-bgp-lb changed since `lab up`")
                .hasMessageContaining("./lab down " + lab + " && ./lab up " + lab);
    }

    @Test
    void theFingerprintIsTheSameForEqualLabsAndDiffersForDifferentOnes() throws IOException {
        var loader = new dev.labforge.spec.SpecLoader();
        var a = dev.labforge.resolve.Resolver.resolve(loader.load(lab).spec());
        var b = dev.labforge.resolve.Resolver.resolve(loader.load(lab).spec());
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")).replace("asn: 65010", "asn: 65011"));
        var c = dev.labforge.resolve.Resolver.resolve(loader.load(lab).spec());

        assertThat(LabSpecs.fingerprint(a)).isEqualTo(LabSpecs.fingerprint(b)).hasSize(24);
        assertThat(LabSpecs.fingerprint(c)).isNotEqualTo(LabSpecs.fingerprint(a));
    }

    @Test
    void theFingerprintDoesNotDependOnTheJvmThatTookIt() {
        // given: up and verify run in different JVMs; an object printed as Class@hash would differ between them
        var model = dev.labforge.resolve.Resolver.resolve(new dev.labforge.spec.SpecLoader().load(lab).spec());

        // when
        String text = model.toString();

        // then
        assertThat(text).doesNotContainPattern("@[0-9a-f]{5,}").contains("platform=ceos");
    }

    @Test
    void aSecondUpOrARenderDoesNotOverwriteTheRunningLabsFiles() throws IOException {
        // given a lab that is up (state saved) and then edited
        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(VerificationFailedException.class);
        String rendered = Files.readString(lab.resolve("out/topology.clab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")).replace("ip: 10.10.20.20", "ip: 10.10.20.21"));
        runtime.calls.clear();

        // when / then
        assertThatThrownBy(() -> service.up(lab, options(null)))
                .isInstanceOf(LabAlreadyUpException.class).hasMessageContaining("is up from this folder")
                .hasMessageContaining("./lab down " + lab);
        assertThatThrownBy(() -> service.render(lab, null))
                .isInstanceOf(UsageException.class).hasMessageContaining("Render elsewhere with -o");
        assertThat(lab.resolve("out/topology.clab.yaml")).hasContent(rendered);
        assertThat(runtime.calls).as("only looked whether it still runs").containsOnly("inspect calico-bgp-lb");
        assertThat(service.render(lab, tmp.resolve("elsewhere"))).exists();
    }

    @Test
    void downStatusAndExecOnASpecWithAnInvalidNameAreUsageErrorsThatTouchNothing() throws IOException {
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml"))
                .replace("name: calico-bgp-lb", "name: Calico_BGP"));

        assertThatThrownBy(() -> service.down(lab, "fake")).isInstanceOf(UsageException.class)
                .hasMessageContaining("the lab name 'Calico_BGP' is not valid").hasMessageContaining("./lab validate " + lab);
        assertThatThrownBy(() -> service.status(lab, "fake")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> service.exec(lab, "ceos01", List.of("true"), "fake")).isInstanceOf(UsageException.class);
        assertThat(runtime.calls).isEmpty();
    }

    @Test
    void ctrlCDuringTestTakesTheCurrentLabDownAndStartsNoOther() throws IOException {
        // given two labs; Ctrl-C arrives while the first one's checks run
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")).replace("name: calico-bgp-lb", "name: other"));
        runtime.interruptWhileChecking = true;
        try {
            // when
            List<Report> result = service.test(List.of(lab, other), options(null), 1);

            // then
            assertThat(result).singleElement().satisfies(r -> assertThat(r.lab()).isEqualTo("calico-bgp-lb"));
            assertThat(runtime.calls).doesNotContain("preflight other").contains("destroy calico-bgp-lb")
                    .noneMatch(c -> c.startsWith("destroy") && c.contains("(interrupted)"));
            assertThat(console).anySatisfy(l -> assertThat(l).contains("interrupted: 1 lab(s) not run"));
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void verifyWithItsRenderedFolderDeletedSaysHowToRecreateItAndRenderMay() throws IOException {
        // given a lab that is up, whose out/ folder was deleted
        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(VerificationFailedException.class);
        String topology = Files.readString(lab.resolve("out/topology.clab.yaml"));
        try (var walk = Files.walk(lab.resolve("out"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        // when / then
        assertThatThrownBy(() -> service.verify(lab, options(null))).isInstanceOf(UsageException.class)
                .hasMessageContaining("is gone").hasMessageContaining("./lab render " + lab + " and verify again");
        service.render(lab, null);
        assertThat(lab.resolve("out/topology.clab.yaml")).hasContent(topology.strip());
    }

    @Test
    void upAfterARebootClearsTheStaleStateAndDeploysAfresh() {
        // given state from an earlier up, but nothing of that lab runs any more
        LabStateStore.save(lab, new LabState("calico-bgp-lb", "fake", lab.resolve("out").toString(), Instant.EPOCH, "x"));
        runtime.inventory = new LabInventory("calico-bgp-lb", "fake", false,
                List.of(new LabInventory.Member("ceos01", "router", "clab-calico-bgp-lb-ceos01", "missing", List.of(), "")));

        // when (the fake lab never converges, so up ends in failed checks, after deploying)
        assertThatThrownBy(() -> service.up(lab, options(null))).isInstanceOf(VerificationFailedException.class);

        // then
        assertThat(runtime.calls).startsWith("inspect calico-bgp-lb", "destroy calico-bgp-lb", "preflight calico-bgp-lb",
                "deploy calico-bgp-lb");
        assertThat(console).anySatisfy(l -> assertThat(l).contains("nothing of it runs now"));
        assertThat(LabStateStore.load(lab)).get().satisfies(st -> assertThat(st.deployedAt()).isNotEqualTo(Instant.EPOCH));
    }
}
