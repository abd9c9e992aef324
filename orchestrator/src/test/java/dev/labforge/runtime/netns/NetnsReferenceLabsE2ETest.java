package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.PingResult;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PingPlan;
import dev.labforge.testing.E2E;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reference lab of the repository, rendered by the real generator (under a test name), deployed with
 * real FRR and BIRD: all BGP sessions come up on both sides and every ping check of the plan holds with
 * its TTL. Lab 10 is the seed (iBGP route reflector, TTL 61 across VLANs); 07/08/09/15 are eBGP labs
 * with VXLANCrossSubnet pools in one subnet, where pods reach each other by Felix-style direct routes (TTL 62).
 * The seed also runs with an FRR ToR (platform frr), read from frr.conf and the topology's exec lines.
 */
@E2E
class NetnsReferenceLabsE2ETest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10-calico-bgp-ippool, lfe2e-r10", "07-calico-bgp, lfe2e-r07", "08-calico-bgp-lb, lfe2e-r08",
            "09-multi-ippool, lfe2e-r09", "15-selective-bgp-peering, lfe2e-r15"})
    void deploysConvergesAndPassesItsPingChecks(String folder, String name) {
        // given
        Path dir = RenderedLabs.render(folder, name, tmp.resolve(folder));
        deployAndCheck(name, dir);
    }

    @Test
    void theSeedWithAnFrrTorBehavesLikeTheCeosOne() throws Exception {
        // given: the seed's spec with platform frr (the ToR config is then frr.conf + exec lines building the VLANs)
        Path dir = RenderedLabs.renderVariant("10-calico-bgp-ippool",
                Map.of("platform: ceos", "platform: frr", "image: ceos:4.34.0F", "image: quay.io/frrouting/frr:8.4.4"),
                "lfe2e-rfrr", tmp.resolve("seed-frr"));
        assertThat(RenderedLabReader.read(dir).tor().orElseThrow().platform()).isEqualTo("frr");

        // when / then
        deployAndCheck("lfe2e-rfrr", dir);
    }

    private static void deployAndCheck(String name, Path dir) {
        RenderedLab lab = new RenderedLab(name, dir, null);
        NetnsRuntime runtime = new NetnsRuntime();
        EmulationPlan plan = RenderedLabReader.read(dir);
        runtime.destroy(lab.ref(), Progress.NONE);
        try {
            // when
            runtime.deploy(lab, Duration.ofSeconds(60), Progress.NONE);
            LabProbeTarget probe = runtime.probeTarget(lab);

            // then: every session a node configured is up on both ends
            int sessions = 0;
            for (NodePlan n : plan.nodes()) {
                List<BgpPeerState> peers = NetnsSeedE2ETest.eventually(() -> probe.nodeBgpPeers(n.name()),
                        ps -> ps.stream().allMatch(BgpPeerState::established));
                sessions += peers.size();
            }
            int expected = sessions;
            List<BgpPeerState> tor = NetnsSeedE2ETest.eventually(probe::torBgpPeers,
                    ps -> ps.size() == expected && ps.stream().allMatch(BgpPeerState::established));
            assertThat(tor).hasSize(expected).isNotEmpty();
            assertThat(plan.pings()).isNotEmpty();
            for (PingPlan check : plan.pings()) {
                PingResult r = pingUntilAnswered(probe, check);
                if (check.reachable()) {
                    assertThat(r.received()).as(check + "\n" + r.output()).isPositive();
                    if (check.ttl() != null) {
                        assertThat(r.ttls()).as(check.toString()).containsOnly(check.ttl());
                    }
                } else {
                    assertThat(r.received()).as(check + "\n" + r.output()).isZero();
                }
            }
        } finally {
            runtime.destroy(lab.ref(), Progress.NONE);
            E2ESupport.assertNothingLeft(name, List.of("clab-" + name + "-" + plan.tor().orElseThrow().name()));
        }
    }

    /** Routes arrive a moment after the sessions: retry a reachable check for a few seconds. */
    private static PingResult pingUntilAnswered(LabProbeTarget probe, PingPlan check) {
        String to = probe.addressOf(check.to());
        PingResult r = probe.ping(check.from(), to, 2);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (check.reachable() && r.received() < 2 && System.nanoTime() < end) {
            r = probe.ping(check.from(), to, 2);
        }
        return r;
    }
}
