package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.guide.content.Captures;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.GuideOutline;
import dev.labforge.guide.content.GuideRenderer;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideFormatException;
import dev.labforge.guide.doc.GuideParser;
import dev.labforge.guide.doc.RegionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guides of the overlay and MTU labs (a ToR without BGP, VXLAN between subnets, MTU checks, pings with a
 * size and don't-fragment): which sections they get and what the generated text says, from the model only.
 */
class OverlayGuideTest {
    static final GuideContext LAB18 = GuideFixtures.context("18-mtu", "netns");
    static final GuideContext JUMBO = GuideFixtures.context("18-mtu-jumbo", "netns");
    static final GuideContext LAB06 = GuideFixtures.context("06-calico-overlay", "netns");

    private static List<String> ids(GuideContext ctx) {
        return GuideParser.parse(GuideOutline.markdown(ctx), "new").regions().stream().map(Region::id).map(Object::toString).toList();
    }

    private static String body(GuideContext ctx, String id) {
        return GuideRenderer.body(RegionId.parse(id), ctx, Captures.NONE);
    }

    @Test
    void aTorWithoutBgpGetsNoBgpSectionsButTheOverlayAndTheMtus() {
        // when
        List<String> ids = ids(LAB18);

        // then
        assertThat(ids).doesNotContain("peers", "tor-config", "diagram bgp", "diagram routes", "communities",
                        "exec ceos01 -- ip link show")
                .noneMatch(id -> id.contains("show ip bgp"));
        assertThat(ids).containsSubsequence("exec ceos01 -- vtysh -c 'show ip route'", "tor-routes",
                "exec k01-worker -- ip route", "node-routes k01-worker",
                "exec k01-worker -- ip -d link show vxlan.calico", "exec k01-worker -- ip neigh show dev vxlan.calico",
                "exec k01-worker -- bridge fdb show dev vxlan.calico", "vxlan k01-worker",
                "exec k01-worker -- ip link show dev eth1",
                "exec netshoot-client@k01-worker -- ip link show dev eth0", "mtu",
                "exec netshoot-client@k01-worker -- ping -c 3 192.168.0.193",
                "ping netshoot-client@k01-worker netshoot-server@k01-worker3",
                "exec netshoot-client@k01-worker -- ping -c 3 -s 8900 -M do 192.168.0.193",
                "ping netshoot-client@k01-worker netshoot-server@k01-worker3 size 8900 df", "summary");
    }

    @Test
    void aBgpLabWhoseMtusShapeNothingGetsNoMtuSection() {
        // when
        List<String> ids = ids(GuideFixtures.context("10-calico-bgp-ippool", "netns"));

        // then: lab 10 checks MTUs too, but has no overlay and no sized ping
        assertThat(ids).doesNotContain("mtu").noneMatch(id -> id.startsWith("vxlan"));
    }

    @Test
    void theTtlThroughTheOverlayCountsTheTwoNodesAndNotTheTorThatCarriesTheOuterPacket() {
        // when
        String ping = body(LAB18, "ping netshoot-client@k01-worker netshoot-server@k01-worker3");

        // then
        assertThat(ping).contains("| k01-worker | `192.168.0.192/26 via 192.168.0.192 dev vxlan.calico onlink` | in VXLAN to the"
                + " VTEP of k01-worker3 (outer packet 10.10.10.11 → 10.10.20.20 through ceos01) |");
        assertThat(ping).contains("64 − 2 = 62 (k01-worker3 and k01-worker), the `ttl=62` in the output. ceos01 does not count:")
                .doesNotContain("nowhere to go").doesNotContain("disagree");
    }

    @Test
    void aDontFragmentPingTooBigForThePodMtuIsRefusedByTheSendersKernel() {
        // when
        String ping = body(LAB18, "ping netshoot-client@k01-worker netshoot-server@k01-worker3 size 8900 df");

        // then
        assertThat(ping).contains("8900 + 28 = 8928 bytes", "`-M do` sets don't-fragment", "the pod's eth0 has MTU 1450",
                "8928 > 1450", "ping reports `message too long, mtu=1450`").doesNotContain("| At |");
    }

    @Test
    void theSamePingFitsWhenCalicoSetsAJumboPodMtu() {
        // when
        String ping = body(JUMBO, "ping netshoot-client@k01-worker netshoot-server@k01-worker3 size 8900 df");

        // then
        assertThat(ping).contains("It fits the pod's eth0 (MTU 8950)", "8928 + 50 = 8978 bytes", "the nodes' eth1 (MTU 9000)",
                "64 − 2 = 62");
    }

    @Test
    void theVxlanRegionTellsEachRemoteVtepAndWhetherItsBlockGoesThroughTheTunnel() {
        // when
        String vxlan = body(LAB06, "vxlan k01-worker");

        // then
        assertThat(vxlan).contains("VNI 4096", "UDP port 4789", "`local 10.10.10.11`", "MTU 1450", "is `192.168.81.64`, the first"
                + " address of its block");
        assertThat(vxlan).contains("| k01-worker3 | `192.168.209.64` | `10.10.20.20` | through `vxlan.calico`: `192.168.209.64/26"
                + " via 192.168.209.64 dev vxlan.calico onlink` (VLAN 20, another subnet) |");
        assertThat(vxlan).contains("| k01-control-plane | `192.168.23.64` | `10.10.10.10` | directly via eth1");
        assertThat(vxlan).contains("UDP to 10.10.20.20:4789", "(`10.10.20.0/24 via 10.10.10.1`, through the ToR)");
    }

    @Test
    void theMtuRegionSaysWhereEachMtuComesFrom() {
        // when
        String detected = body(LAB18, "mtu");
        String set = body(JUMBO, "mtu");

        // then
        assertThat(detected).contains("| ceos01 | `Vlan10` | 9000 |", "| netshoot-client@k01-worker | `eth0` | 1450 |",
                "kind's eth0 on Docker's network, 1500, and eth1, 9000) minus 50 bytes for the encapsulation = 1450",
                "eth0 caps the detection", "`br10` for VLAN 10", "`./lab exec labs/18-mtu ceos01 -- ip link show`");
        assertThat(set).contains("The pod MTU is 8950 because lab.yaml sets `calico.mtu`").doesNotContain("detects the pod MTU");
    }

    @Test
    void aNodeRouteThroughTheTunnelIsExplainedAndNoTitleClaimsAnAsForATorWithoutBgp() {
        // when
        String routes = body(LAB06, "node-routes k01-worker");
        String title = body(LAB06, "title");
        String bgp = body(LAB06, "bgpconfiguration");

        // then
        assertThat(routes).contains("| `192.168.209.64/26` | via 192.168.209.64 | the block of k01-worker3 | through the VXLAN"
                + " tunnel, programmed by Calico (no BGP): 192.168.209.64 is the VTEP of k01-worker3, in another subnet (VLAN 20)");
        assertThat(title).contains("(ceos, no BGP)", "carries pod traffic in VXLAN").doesNotContain("AS 0");
        assertThat(bgp).contains("The ToR runs no BGP, so no session with it forms.").doesNotContain("eBGP");
    }

    @Test
    void aPingRegionWithAPacketTheLabDoesNotCheckOrAStrayWordIsAFormatError() {
        // given
        String guide = "<!-- lab:guide:begin ping netshoot-client@k01-worker netshoot-server@k01-worker3 size -->\n"
                + "<!-- lab:guide:end ping netshoot-client@k01-worker netshoot-server@k01-worker3 size -->\n";

        // when / then
        assertThatThrownBy(() -> Guides.read(guide, "GUIDE.md", LAB18)).isInstanceOf(GuideFormatException.class)
                .hasMessageContaining("GUIDE.md:1: region `ping <from> <to> [size N] [df]` needs two endpoints");
    }
}
