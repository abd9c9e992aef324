package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PodAddressCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluators on a lab without a ToR: mesh sessions between nodes, Felix's routes, pod addresses. */
class FlatLabEvaluatorsTest {
    static final BgpSessionCheck MESH = new BgpSessionCheck("k01-worker", Side.NODE, "172.18.0.2", "k01-control-plane", -1, null,
            true, true);
    static final RouteCheck FELIX = RouteCheck.via("k01-control-plane", Side.NODE, "192.168.100.0/26", List.of("172.18.0.3"));
    static final List<RenderedPlan.Block> BLOCKS = List.of(new RenderedPlan.Block("k01-control-plane", "192.168.0.0/26", "p", false),
            new RenderedPlan.Block("k01-worker", "192.168.0.64/26", "p", false),
            new RenderedPlan.Block("k01-worker", "192.168.100.0/26", "p", false));

    private final FakeTarget target = new FakeTarget();
    private final LabFacts facts = new LabFacts(null, List.of(MESH, FELIX), BLOCKS);
    private final FakeRound round = new FakeRound(target, facts);

    private <C extends Check> Answer<String> look(C check) {
        return CheckEvaluators.of(check).evaluate(check, round);
    }

    @Test
    void aMeshSessionIsFoundByItsProtocolNameAndNeedsBothNodesBirdNotAToR() {
        // given
        target.nodePeers.put("k01-worker", List.of(new BgpPeerState("", -1, "Established", -1, "", "Mesh_172_18_0_2")));
        // when / then
        assertThat(look(MESH)).isEqualTo(Answer.done("Mesh_172_18_0_2 (172.18.0.2): Established"));
        assertThat(facts.isTorAddress("172.18.0.2")).isFalse();
        assertThat(facts.nodeAt("172.18.0.2")).contains("k01-control-plane");
        assertThat(CheckEvaluators.of(MESH).dependsOn(MESH, facts))
                .containsExactly(Set.of(Daemon.node("k01-worker")), Set.of(Daemon.node("k01-control-plane")));
    }

    @Test
    void felixsRouteToAnotherNodeNeedsNoBgpDaemon() {
        // given
        target.nodeRoutes.put("k01-control-plane", List.of(new RouteEntry("192.168.100.0/26", "unicast", "80", List.of("172.18.0.3"),
                "eth0")));
        // when / then
        assertThat(look(FELIX)).isInstanceOf(Answer.Done.class);
        assertThat(CheckEvaluators.of(FELIX).dependsOn(FELIX, facts)).isEmpty();
    }

    @Test
    void aFixedAddressIsThereOrFailedAndADynamicOneOutsideTheReservationsOrFailed() {
        // given
        PodAddressCheck fixed = PodAddressCheck.fixed("static-pod@k01-worker", "192.168.100.10", true);
        PodAddressCheck outside = PodAddressCheck.outside("dynamic-pod@k01-worker", List.of("192.168.100.8/29"), true);

        // when / then: not wired yet, then no address yet, both still to come
        assertThat(look(fixed)).isInstanceOf(Answer.Pending.class);
        target.podAddresses.put("static-pod@k01-worker", List.of());
        assertThat(look(fixed)).isEqualTo(Answer.pending("static-pod@k01-worker has no IPv4 address yet"));

        target.podAddresses.put("static-pod@k01-worker", List.of("192.168.100.10/32"));
        assertThat(look(fixed)).isEqualTo(Answer.done("eth0 has 192.168.100.10/32"));
        target.podAddresses.put("static-pod@k01-worker", List.of("192.168.0.66/32"));
        assertThat(look(fixed)).isEqualTo(Answer.failed("eth0 has 192.168.0.66/32, expected 192.168.100.10 (its ipAddrs annotation)"));

        target.podAddresses.put("dynamic-pod@k01-worker", List.of("192.168.0.65/32"));
        assertThat(look(outside)).isEqualTo(Answer.done("eth0 has 192.168.0.65/32, outside 192.168.100.8/29"));
        target.podAddresses.put("dynamic-pod@k01-worker", List.of("192.168.100.9/32"));
        assertThat(look(outside)).isInstanceOfSatisfying(Answer.Failed.class,
                f -> assertThat(f.why()).contains("192.168.100.9 is inside 192.168.100.8/29"));
        assertThat(CheckEvaluators.of(outside).reads(outside)).as("it looks at the pod itself").isEmpty();
    }
}
