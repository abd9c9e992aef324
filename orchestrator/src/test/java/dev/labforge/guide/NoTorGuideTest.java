package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.guide.content.Captures;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.GuideOutline;
import dev.labforge.guide.content.GuideRenderer;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideParser;
import dev.labforge.guide.doc.RegionId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guides of labs without a ToR (a kind cluster alone on kind's network): no router sections, the flat
 * network, the node-to-node mesh, direct routes, IP reservations and fixed pod addresses; from the model only.
 */
class NoTorGuideTest {
    static final GuideContext LAB03 = GuideFixtures.context("03-pod-routing", "netns");
    static final GuideContext LAB16 = GuideFixtures.context("16-static-ip", "netns");

    private static List<String> ids(GuideContext ctx) {
        return GuideParser.parse(GuideOutline.markdown(ctx), "new").regions().stream().map(Region::id).map(Object::toString).toList();
    }

    private static String body(GuideContext ctx, String id) {
        return GuideRenderer.body(RegionId.parse(id), ctx, Captures.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"01-calico-ipam", "02-pod-network", "03-pod-routing", "16-static-ip"})
    void aLabWithoutATorGetsAGuideWithoutAnyRouterSection(String lab) {
        // when
        List<String> ids = ids(GuideFixtures.context(lab, "netns"));

        // then
        assertThat(ids).contains("title", "setup", "topology", "diagram topology", "ippools", "blocks", "mesh", "summary")
                .doesNotContain("peers", "tor-config", "tor-routes", "diagram bgp", "diagram routes", "communities", "bgpconfiguration")
                .noneMatch(id -> id.contains("vtysh"));
    }

    @Test
    void theStaticIpLabShowsItsReservationTheMeshTheDirectRoutesAndEachPodsAddress() {
        // when
        List<String> ids = ids(LAB16);

        // then
        assertThat(ids).containsSubsequence("blocks", "reservations", "mesh", "exec k01-worker -- birdc show protocols",
                "exec k01-worker -- ip route", "node-routes k01-worker", "pods", "pod-addresses",
                "exec dynamic-pod@k01-worker -- ping -c 3 192.168.100.10", "ping dynamic-pod@k01-worker static-pod@k01-worker");
        assertThat(body(LAB16, "reservations")).contains("`192.168.100.8/29` — 8 addresses, 192.168.100.8 to 192.168.100.15",
                "`static-pod` (192.168.100.10) does");
        assertThat(body(LAB16, "pod-addresses")).contains("| dynamic-pod@k01-worker | outside `192.168.100.8/29` |",
                "| static-pod@k01-worker | `192.168.100.10` | fixed: the pod asks for it with the annotation"
                        + " `cni.projectcalico.org/ipAddrs: [\"192.168.100.10\"]`; it lies in the reservation `reserved-ips`");
        assertThat(body(LAB16, "ping dynamic-pod@k01-worker static-pod@k01-worker")).contains("64 − 1 = 63 (k01-worker)");
    }

    @Test
    void theFlatNetworkTheMeshAndARouteStraightToTheOtherNode() {
        // when
        String topology = body(LAB03, "topology");
        String diagram = body(LAB03, "diagram topology");
        String mesh = body(LAB03, "mesh");
        String routes = body(LAB03, "node-routes pod-routing-control-plane");
        String title = body(LAB03, "title");

        // then
        assertThat(topology).contains("There is no router", "`kind` (172.18.0.0/16)", "| pod-routing-worker | worker | 172.18.0.3/16 |");
        assertThat(diagram).contains("subgraph n1[\"kind · 172.18.0.0/16\"]", "n2 -.-|\"iBGP\"| n3").doesNotContain("ceos");
        assertThat(mesh).contains("3 sessions for 3 nodes", "| pod-routing-worker | pod-routing-worker2 | `172.18.0.4` | Established |");
        assertThat(routes).contains("`pod-routing-control-plane` (172.18.0.2/16 on eth0) must have:",
                "| `192.168.93.192/26` | via 172.18.0.3 | the block of pod-routing-worker | a direct route to pod-routing-worker",
                "instead of leaving by the node's default route").doesNotContain("ToR");
        assertThat(title).contains("stands alone", "node-to-node mesh (AS 64512)").doesNotContain("top-of-rack router `");
    }

    @Test
    void aPingAcrossNodesCountsTheTwoNodesItCrosses() {
        // given the lab's cross-node ping
        String across = ids(LAB03).stream().filter(id -> id.startsWith("ping ") && !id.contains("@pod-routing-control-plane"
                + " multitool-2@pod-routing-control-plane")).filter(id -> {
                    String[] w = id.split(" ");
                    return !w[1].substring(w[1].indexOf('@')).equals(w[2].substring(w[2].indexOf('@')));
                }).findFirst().orElseThrow();

        // when
        String ping = body(LAB03, across);

        // then
        assertThat(ping).contains("64 − 2 = 62").contains("a direct route to").doesNotContain("nowhere to go");
    }
}
