package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.probe.LabHealth;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.runtime.LabInventory;
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
 * The seed up and passing, then the ToR's port to k01-worker set down (BGP still says Established: its hold
 * time has not run out): verify fails at once, the link check and every session, route and ping over that link
 * with "ceos01 Ethernet2 (to k01-worker) is DOWN", nothing else; status shows the link down and the BIRDs and
 * FRR daemons running, and says something is down. Then k01-worker3's BIRD killed: status names it.
 */
@E2E
class NetnsLinkDownE2ETest {
    private static final String LAB = "lfe2e-link";
    private static final String CAUSE = "ceos01 Ethernet2 (to k01-worker) is DOWN (administratively down)";

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private Path lab;

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    @AfterEach
    void down() {
        if (lab != null) {
            service().down(lab, "netns");
        }
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void aPortSetDownFailsWhatGoesOverItAtOnceAndStatusShowsItDown() throws Exception {
        // given: the seed, up and passing, then the ToR's port to k01-worker set down
        lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(90), false, null));
        String tor = new NetnsNames(LAB).nodeNs("ceos01");
        assertThat(new ProcessCommandRunner().run(Command.of("ip", "-n", tor, "link", "set", "eth2", "down")).ok()).isTrue();

        // when
        Throwable thrown = catchThrowable(() -> service().verify(lab, new UpOptions("netns", null, Duration.ofSeconds(30), false, null)));
        LabInventory status = service().status(lab, "netns");

        // then: only what goes over k01-worker's link, each with the link's cause
        assertThat(thrown).isInstanceOf(VerificationFailedException.class);
        Report report = ((VerificationFailedException) thrown).report();
        List<CheckOutcome> failed = report.checks().stream().filter(CheckOutcome::failed).toList();
        assertThat(failed).extracting(CheckOutcome::name).containsExactlyInAnyOrder(
                "link ceos01 Ethernet2 (to k01-worker)",
                "link k01-worker eth1 (to ceos01)",
                "bgp ceos01 <- 10.10.10.11 (k01-worker)",
                "bgp k01-worker -> 10.10.10.1 (ceos01)",
                "route ceos01 192.168.42.192/26 via 10.10.10.11",
                "route k01-control-plane 192.168.42.192/26 via 10.10.10.1",
                "route k01-worker2 192.168.42.192/26 via 10.10.10.1",
                "route k01-worker3 192.168.42.192/26 via 10.10.20.1",
                "route k01-worker 192.168.69.0/26 via 10.10.10.1",
                "route k01-worker 192.168.88.192/26 via 10.10.10.1",
                "route k01-worker 192.168.46.128/26 via 10.10.10.1",
                "community ceos01 192.168.42.192/26 (k01-worker)",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61",
                "ping ceos01 -> multitool-1@k01-worker ttl 63");
        assertThat(failed).allSatisfy(c -> assertThat(c.observed()).as(c.name()).isEqualTo(CAUSE));
        // How fast is measured, not asserted (benchmarks/timing/README.md); the whole verify stayed far from its 30 s.
        assertThat(status.somethingDown()).isTrue();
        assertThat(status.health()).filteredOn(r -> !r.ok()).extracting(LabHealth.Row::member, LabHealth.Row::what)
                .contains(org.assertj.core.groups.Tuple.tuple("ceos01", "link Ethernet2 (to k01-worker)"),
                        org.assertj.core.groups.Tuple.tuple("k01-worker", "link eth1 (to ceos01)"));
        assertThat(status.health()).filteredOn(r -> r.what().equals("bgpd") || r.what().equals("zebra") || r.what().equals("BIRD"))
                .hasSize(6).allSatisfy(r -> assertThat(r.state()).isEqualTo("running"));

        // when: k01-worker3's BIRD dies too
        String pid = Files.readString(NetnsPaths.system().birdPid(LAB, "k01-worker3")).strip();
        assertThat(new ProcessCommandRunner().run(Command.of("kill", "-9", pid)).ok()).isTrue();
        LabInventory after = service().status(lab, "netns");
        // then
        assertThat(after.health()).filteredOn(r -> r.member().equals("k01-worker3") && r.what().equals("BIRD")).singleElement()
                .satisfies(r -> {
                    assertThat(r.ok()).isFalse();
                    assertThat(r.state()).isEqualTo("k01-worker3: BIRD is not running (pid " + pid + " gone)");
                });
    }
}
