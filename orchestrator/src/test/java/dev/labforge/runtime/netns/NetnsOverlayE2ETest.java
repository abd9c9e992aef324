package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.testing.E2E;
import dev.labforge.testing.RecordingConsole;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.Runtimes;
import dev.labforge.workflow.UpOptions;
import dev.labforge.workflow.VerificationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * labs/06-calico-overlay on netns with its VXLAN emulation broken on purpose, after it passed: without the
 * FDB entry of k01-worker3's VTEP on k01-worker, the overlay ping from k01-worker fails by its name while
 * every route, MTU and address still passes (the FDB is what carries the tunnel, nothing else checks it);
 * a pod whose eth0 got another MTU fails its MTU check by name.
 */
@E2E
class NetnsOverlayE2ETest {
    private static final String LAB = "lfe2e-overlay";
    private static final String OVERLAY_PING = "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 62";
    private static final String POD_MTU = "mtu multitool-1@k01-worker eth0 1450";
    private static final UpOptions SHORT = new UpOptions("netns", null, Duration.ofSeconds(8), false, null);

    @TempDir
    Path tmp;

    private final ProcessCommandRunner run = new ProcessCommandRunner();
    private final NetnsNames names = new NetnsNames(LAB);
    private DefaultLabService service;
    private Path lab;

    @BeforeEach
    void up() throws Exception {
        lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(RenderedLabs.LABS.resolve("06-calico-overlay/lab.yaml"))
                .replace("name: calico-overlay", "name: " + LAB));
        service = new DefaultLabService(run, new RecordingConsole(), new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false,
                Map.of()), Clock.systemUTC(), Sleeper.real());
        Report up = service.up(lab, new UpOptions("netns", null, Duration.ofSeconds(60), false, null));
        assertThat(up.checks()).extracting(CheckOutcome::name).contains(OVERLAY_PING, POD_MTU);
        assertThat(up.verdict()).isEqualTo(Verdict.PASSED);
    }

    @AfterEach
    void down() {
        service.down(lab, "netns");
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).isEmpty();
    }

    @Test
    void withoutTheFdbEntryOfTheRemoteVtepTheOverlayPingFailsByNameAndNothingElse() {
        // given: k01-worker forgets where k01-worker3's VTEP MAC lives (192.168.209.64 -> 66:6c:c0:a8:d1:40)
        String worker = names.nodeNs("k01-worker");
        ok(List.of("bridge", "-n", worker, "fdb", "del", FelixDataplane.mac("192.168.209.64"), "dev", "vxlan.calico",
                "dst", "10.10.20.20", "self"));

        // when / then
        assertThatThrownBy(() -> service.verify(lab, SHORT)).isInstanceOfSatisfying(VerificationFailedException.class, e -> {
            assertThat(e.report().checks()).filteredOn(CheckOutcome::failed).extracting(CheckOutcome::name)
                    .containsExactly(OVERLAY_PING);
            assertThat(e.report().checks()).filteredOn(CheckOutcome::failed).singleElement()
                    .satisfies(c -> assertThat(c.observed()).contains("no reply from 192.168.209.65"));
        });
    }

    @Test
    void aPodAtAnotherMtuFailsItsMtuCheckByName() {
        // given: the pod on k01-worker back at the kernel's 1500
        ok(List.of("ip", "-n", names.podNs("multitool-1", "k01-worker"), "link", "set", "eth0", "mtu", "1500"));

        // when / then
        assertThatThrownBy(() -> service.verify(lab, SHORT)).isInstanceOfSatisfying(VerificationFailedException.class, e ->
                assertThat(e.report().checks()).filteredOn(CheckOutcome::failed).singleElement().satisfies(c -> {
                    assertThat(c.name()).isEqualTo(POD_MTU);
                    assertThat(c.observed()).startsWith("eth0 mtu 1500").contains("expected mtu 1450");
                }));
    }

    private void ok(List<String> argv) {
        CommandResult r = run.run(Command.of(argv).withTimeout(Duration.ofSeconds(10)));
        assertThat(r.ok()).as(r.command().display() + ": " + r.stderr()).isTrue();
    }
}
