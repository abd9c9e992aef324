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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * labs/03-pod-routing with its pool at VXLAN (always): on the flat network of a lab without a ToR every block
 * of another node goes through vxlan.calico on eth0, programmed by the same FelixDataplane as behind a ToR.
 * The pods reach each other across nodes (TTL 62); without the FDB entry of pod-routing-worker2's VTEP on
 * pod-routing-worker, exactly the ping between those two fails, by name.
 */
@E2E
class FlatNetworkVxlanE2ETest {
    private static final String LAB = "lfe2e-flatvx";
    private static final String TUNNEL_PING = "ping multitool-1@pod-routing-worker -> multitool-1@pod-routing-worker2 ttl 62";
    private static final String TUNNEL_ROUTE =
            "route pod-routing-worker 192.168.112.192/26 via 192.168.112.192 dev vxlan.calico onlink";
    private static final UpOptions SHORT = new UpOptions("netns", null, Duration.ofSeconds(8), false, null);

    @TempDir
    Path tmp;

    private final ProcessCommandRunner run = new ProcessCommandRunner();
    private DefaultLabService service;
    private Path lab;

    @AfterEach
    void down() {
        if (service != null) {
            service.down(lab, "netns");
        }
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).isEmpty();
    }

    @Test
    void podsReachEachOtherThroughTheTunnelAndAMissingFdbEntryFailsExactlyThatPing() throws Exception {
        // given: lab 03 with a VXLAN pool, up and passing
        lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("03-pod-routing/lab.yaml"))
                .replaceFirst("(?m)^name: pod-routing$", "name: " + LAB)
                .replace("encapsulation: VXLANCrossSubnet", "encapsulation: VXLAN");
        assertThat(spec).contains("\nname: " + LAB + "\n", "encapsulation: VXLAN\n");
        Files.writeString(lab.resolve("lab.yaml"), spec);
        service = new DefaultLabService(run, new RecordingConsole(), new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false,
                Map.of()), Clock.systemUTC(), Sleeper.real());
        Report up = service.up(lab, new UpOptions("netns", null, Duration.ofSeconds(60), false, null));
        assertThat(up.checks()).extracting(CheckOutcome::name).contains(TUNNEL_PING, TUNNEL_ROUTE);
        assertThat(up.verdict()).isEqualTo(Verdict.PASSED);

        // when: pod-routing-worker forgets where worker2's VTEP MAC lives (behind 172.18.0.4)
        String worker = new NetnsNames(LAB).nodeNs("pod-routing-worker");
        CommandResult r = run.run(Command.of(List.of("bridge", "-n", worker, "fdb", "del", FelixDataplane.mac("192.168.112.192"),
                "dev", "vxlan.calico", "dst", "172.18.0.4", "self")).withTimeout(Duration.ofSeconds(10)));
        assertThat(r.ok()).as(r.stderr()).isTrue();

        // then
        assertThatThrownBy(() -> service.verify(lab, SHORT)).isInstanceOfSatisfying(VerificationFailedException.class, e ->
                assertThat(e.report().checks()).filteredOn(CheckOutcome::failed).extracting(CheckOutcome::name)
                        .containsExactly(TUNNEL_PING));
    }
}
