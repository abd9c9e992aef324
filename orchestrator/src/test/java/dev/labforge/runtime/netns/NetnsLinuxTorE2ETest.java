package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.driver.NotOnThisPlatformException;
import dev.labforge.exec.CommandResult;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.netns.EmulationPlan.PingPlan;
import dev.labforge.testing.E2E;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ToR of platform linux on netns: the router namespace gets the bridge, SVI, forwarding and static route
 * of its exec lines and no routing daemon. Pods reach each other, the ToR reaches the pod it has a route
 * to and not the other, BGP questions get a clear "no BGP here", and `lab exec` refuses vtysh.
 */
@E2E
class NetnsLinuxTorE2ETest {
    private static final String LAB = "lfe2e-rlnx";

    @TempDir
    Path tmp;

    @Test
    void aKernelOnlyToRRoutesByItsExecLinesAndRunsNoDaemon() throws Exception {
        // given
        Path dir = RenderedLabs.renderLinuxTor(LAB, tmp.resolve("linux"));
        EmulationPlan plan = RenderedLabReader.read(dir);
        RenderedLab lab = new RenderedLab(LAB, dir, null);
        NetnsRuntime runtime = new NetnsRuntime();
        runtime.destroy(lab.ref(), Progress.NONE);
        try {
            // when
            runtime.deploy(lab, Duration.ofSeconds(60), Progress.NONE);
            LabProbeTarget probe = runtime.probeTarget(lab);

            // then: no FRR, the exec lines' routes in the kernel
            assertThat(plan.tor().orElseThrow().platform()).isEqualTo("linux");
            assertThat(E2ESupport.daemonsOf(LAB)).noneMatch(p -> p.comm().equals("zebra") || p.comm().equals("bgpd"));
            List<RouteEntry> routes = probe.torRoutes();
            assertThat(routes).extracting(RouteEntry::prefix).contains("10.10.10.0/24", "192.168.0.64/26");
            assertThat(routes).filteredOn(r -> r.prefix().equals("192.168.0.64/26")).singleElement()
                    .satisfies(r -> assertThat(r.nextHops()).containsExactly("10.10.10.11"));
            assertThatThrownBy(probe::torBgpPeers).isInstanceOf(NotOnThisPlatformException.class)
                    .hasMessageContaining("runs no BGP");
            assertThat(plan.pings()).hasSize(3);
            for (PingPlan check : plan.pings()) {
                PingResult r = ping(probe, check);
                if (check.reachable()) {
                    assertThat(r.received()).as(check + "\n" + r.output()).isPositive();
                    assertThat(r.ttls()).as(check.toString()).containsOnly(check.ttl());
                } else {
                    assertThat(r.received()).as(check + "\n" + r.output()).isZero();
                }
            }
            CommandResult ipRoute = runtime.exec(lab.ref(), "ceos01", List.of("ip", "route"), Duration.ofSeconds(10));
            assertThat(ipRoute.stdout()).contains("192.168.0.64/26 via 10.10.10.11 dev br10");
            assertThatThrownBy(() -> runtime.exec(lab.ref(), "ceos01", List.of("vtysh", "-c", "show bgp summary"),
                    Duration.ofSeconds(10))).isInstanceOf(ExecUsageException.class).hasMessageContaining("runs no routing daemon");
        } finally {
            runtime.destroy(lab.ref(), Progress.NONE);
            E2ESupport.assertNothingLeft(LAB, List.of());
        }
    }

    /** The pod's /32 route appears as the lab comes up: retry a reachable check for a few seconds. */
    private static PingResult ping(LabProbeTarget probe, PingPlan check) {
        String to = probe.addressOf(check.to());
        PingResult r = probe.ping(check.from(), to, 2);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (check.reachable() && r.received() < 2 && System.nanoTime() < end) {
            r = probe.ping(check.from(), to, 2);
        }
        return r;
    }
}
