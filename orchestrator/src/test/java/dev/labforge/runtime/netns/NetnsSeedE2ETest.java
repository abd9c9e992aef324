package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.Check;
import dev.labforge.check.CommunityCheck;
import dev.labforge.exec.CommandResult;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.LabFacts;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.ProbeEngine;
import dev.labforge.probe.RouteEntry;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.report.CheckOutcome;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.testing.E2E;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Deploys the seed lab (renamed) with real FRR and BIRD, checks BGP, routes and pings, and always tears down. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@E2E
class NetnsSeedE2ETest {
    private static final String LAB = "lfe2e-seed";

    private final NetnsRuntime runtime = new NetnsRuntime();
    private final List<String> steps = new ArrayList<>();
    private Path tmp;
    private RenderedLab lab;
    private LabProbeTarget probe;

    @BeforeAll
    void deploy() throws Exception {
        tmp = Files.createTempDirectory("netns-e2e");
        lab = new RenderedLab(LAB, E2ESupport.seedCopy(tmp, LAB), null);
        runtime.destroy(lab.ref(), m -> { });
        try {
            runtime.deploy(lab, Duration.ofSeconds(60), steps::add);
            probe = runtime.probeTarget(lab);
        } catch (RuntimeException e) {
            runtime.destroy(lab.ref(), m -> { });
            throw e;
        }
    }

    @AfterAll
    void destroy() {
        runtime.destroy(lab.ref(), m -> { });
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void reportsEverySubStep() {
        assertThat(steps).containsExactly("namespaces", "links", "router", "bird", "pods");
    }

    @Test
    void theToRsCopyOfEachExportedBlockCarriesTheSeedsCommunity() {
        // given: the seed's prefixAdvertisements tag the pool's blocks with 65010:100
        RenderedPlan plan = RenderedPlan.read(lab.dir());
        List<Check> checks = List.of(
                new CommunityCheck("ceos01", "192.168.46.128/26", "k01-worker3", List.of("65010:100"), true),
                new CommunityCheck("ceos01", "192.168.42.192/26", "k01-worker", List.of("65010:100"), true));
        ProbeEngine engine = new ProbeEngine(probe, LabFacts.of(plan), Deadline.monotonic(), Sleeper.real(), Duration.ofMillis(200), 2);

        // when
        List<CheckOutcome> outcomes = engine.run(checks, Duration.ofSeconds(20), o -> { });

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o.passed()).as(o.name() + ": " + o.observed()).isTrue());
        assertThat(outcomes.get(0).observed()).isEqualTo("192.168.46.128/26 from 10.10.20.20: 65010:100");
    }

    @Test
    void birdsSocketSpokenDirectlyGivesWhatBirdcPrints() {
        // given
        Path socket = NetnsPaths.system().birdSocket(LAB, "k01-worker");
        eventually(() -> probe.nodeBgpPeers("k01-worker"), ps -> ps.stream().anyMatch(BgpPeerState::established));

        // when
        String direct = BirdControl.ask(socket, "show protocols", Duration.ofSeconds(10));
        CommandResult birdc = new dev.labforge.exec.ProcessCommandRunner()
                .run(dev.labforge.exec.Command.of("birdc", "-s", socket.toString(), "show", "protocols"));
        // the two reads of "all" are moments apart and routes may still arrive in between (0 then 2 prefixes):
        // compared until they agree, which two different formats never would
        List<List<BgpPeerState>> all = eventually(() -> List.of(
                dev.labforge.probe.parse.BirdProtocolsParser.parse(BirdControl.ask(socket, "show protocols all", Duration.ofSeconds(10))),
                dev.labforge.probe.parse.BirdProtocolsParser.parse(new dev.labforge.exec.ProcessCommandRunner()
                        .run(dev.labforge.exec.Command.of("birdc", "-s", socket.toString(), "show", "protocols", "all")).stdout())),
                pair -> pair.get(0).equals(pair.get(1)));

        // then
        assertThat(direct).isEqualTo(birdc.stdout());
        assertThat(all.get(0)).isEqualTo(all.get(1)).isNotEmpty();
    }

    @Test
    void bgpIsEstablishedOnBothSides() {
        // when
        List<BgpPeerState> tor = eventually(() -> probe.torBgpPeers(), peers -> peers.size() == 4
                && peers.stream().allMatch(BgpPeerState::established));

        // then
        assertThat(tor).extracting(BgpPeerState::peer)
                .containsExactlyInAnyOrder("10.10.10.10", "10.10.10.11", "10.10.10.12", "10.10.20.20");
        assertThat(tor).allSatisfy(p -> assertThat(p.prefixesReceived()).isEqualTo(2));
        for (String node : List.of("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3")) {
            String gateway = node.equals("k01-worker3") ? "10.10.20.1" : "10.10.10.1";
            List<BgpPeerState> peers = eventually(() -> probe.nodeBgpPeers(node),
                    ps -> ps.stream().anyMatch(p -> p.peer().equals(gateway) && p.established()));
            assertThat(peers).extracting(BgpPeerState::peer).containsExactly(gateway);
        }
    }

    @Test
    void routesFollowTheIpamPlanWithNextHopSelfOnTheToR() {
        // when
        List<RouteEntry> tor = eventually(() -> probe.torRoutes(), rs -> rs.stream().filter(r -> r.protocol().equals("bgp")).count() == 5);
        List<RouteEntry> worker = eventually(() -> probe.nodeRoutes("k01-worker"),
                rs -> rs.stream().anyMatch(r -> r.prefix().equals("192.168.46.128/26")));

        // then
        assertThat(tor).anySatisfy(r -> {
            assertThat(r.prefix()).isEqualTo("192.168.42.192/26");
            assertThat(r.nextHops()).containsExactly("10.10.10.11");
        });
        assertThat(tor).anySatisfy(r -> {
            assertThat(r.prefix()).isEqualTo("192.168.46.128/26");
            assertThat(r.nextHops()).containsExactly("10.10.20.20");
        });
        assertThat(tor).anySatisfy(r -> assertThat(r.prefix()).isEqualTo("172.16.0.240/28"));
        assertThat(worker).anySatisfy(r -> {
            assertThat(r.prefix()).isEqualTo("192.168.46.128/26");
            assertThat(r.nextHops()).containsExactly("10.10.10.1");
        });
        // Next-hop-self on the reflector: even same-VLAN blocks go via the ToR.
        assertThat(worker).anySatisfy(r -> {
            assertThat(r.prefix()).isEqualTo("192.168.88.192/26");
            assertThat(r.nextHops()).containsExactly("10.10.10.1");
        });
        assertThat(worker).anySatisfy(r -> {
            assertThat(r.prefix()).isEqualTo("192.168.42.192/26");
            assertThat(r.type()).isEqualTo("blackhole");
        });
    }

    @Test
    void pingsCrossTheFabricWithTheSeedsTtls() {
        // given
        eventually(() -> probe.torRoutes(), rs -> rs.stream().filter(r -> r.protocol().equals("bgp")).count() == 5);
        eventually(() -> probe.nodeRoutes("k01-worker"), rs -> rs.stream().anyMatch(r -> r.prefix().equals("192.168.46.128/26")));

        // when
        PingResult podToPod = probe.ping("multitool-1@k01-worker", probe.addressOf("multitool-1@k01-worker3"), 3);
        PingResult torToPod = probe.ping("ceos01", probe.addressOf("multitool-1@k01-worker"), 3);
        PingResult torToPod3 = probe.ping("ceos01", probe.addressOf("multitool-1@k01-worker3"), 3);

        // then
        assertThat(podToPod.received()).as(podToPod.output()).isEqualTo(3);
        assertThat(podToPod.ttls()).containsOnly(61);
        assertThat(torToPod.ttls()).as(torToPod.output()).hasSize(3).containsOnly(63);
        assertThat(torToPod3.ttls()).as(torToPod3.output()).hasSize(3).containsOnly(63);
    }

    @Test
    void anAddressOutsideTheLabIsUnreachableFromAPodBecauseNodesDoNotDefaultToTheToR() {
        // when: 192.168.100.1 is in the pool but in no block
        PingResult r = probe.ping("multitool-1@k01-worker", "192.168.100.1", 1);

        // then
        assertThat(r.received()).isZero();
    }

    @Test
    void execRunsVtyshAndBirdcAgainstTheLabsOwnDaemons() {
        // when
        CommandResult vtysh = runtime.exec(lab.ref(), "ceos01", List.of("vtysh", "-c", "show running-config"), Duration.ofSeconds(10));
        CommandResult birdc = runtime.exec(lab.ref(), "k01-worker3", List.of("birdc", "show", "status"), Duration.ofSeconds(10));
        CommandResult pod = runtime.exec(lab.ref(), "multitool-1@k01-worker", List.of("ip", "-4", "-o", "addr", "show", "dev", "eth0"),
                Duration.ofSeconds(10));

        // then
        assertThat(vtysh.stdout()).contains("router bgp 65010").contains("next-hop-self force");
        assertThat(birdc.stdout()).contains("Router ID is 10.10.20.20");
        assertThat(pod.stdout()).contains("inet 192.168.42.193/32");
    }

    @Test
    void inspectSeesEveryMemberRunningWithItsAddresses() {
        // when
        LabInventory inv = runtime.inspect(lab.ref());

        // then
        assertThat(inv.running()).isTrue();
        assertThat(inv.members()).hasSize(14);
        assertThat(inv.members()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("ceos01");
            assertThat(m.container()).isEqualTo("clab-lfe2e-seed-ceos01");
            assertThat(m.addresses()).containsExactly("10.10.10.1/24", "10.10.20.1/24");
            assertThat(m.detail()).contains("/run/labforge/lfe2e-seed/ceos01.bgpd.log");
        });
        assertThat(Path.of("/run/labforge/lfe2e-seed/ceos01.bgpd.log")).isNotEmptyFile();
        assertThat(inv.members()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("nginx@k01-worker");
            assertThat(m.container()).isEqualTo("clab-lfe2e-seed-pod-nginx-k01-worker");
            assertThat(m.addresses()).containsExactly("192.168.42.195/32");
        });
    }

    /** Observes until the condition holds (BGP and routes converge within seconds), or fails with the last view. */
    static <T> T eventually(Supplier<T> observe, java.util.function.Predicate<T> done) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T last = null;
        RuntimeException lastError = null;
        while (System.nanoTime() < end) {
            try {
                last = observe.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (ObservationException e) {
                lastError = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not converged within 20 s; last observation: " + last, lastError);
    }
}
