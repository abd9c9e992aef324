package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.doc.GuideFormatException;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** write / update / check of lab 10's guide against the outputs of a real netns lab (no lab runs here). */
class GuidesTest {
    static final GuideContext LAB10 = GuideFixtures.context("10-calico-bgp-ippool", "netns");

    private static long count(String text, String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).results().count();
    }

    @Test
    void theGuideShowsEveryObservationOfTheSeedWithRealOutput() {
        // when
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));

        // then: 4 Established peers with 2 prefixes each
        assertThat(count(guide, "^\\*10\\.10\\.(10\\.1[0-2]|20\\.20) +4 +65010 .* 2 +7 N/A$")).isEqualTo(4);
        // the four blocks via their nodes and the LB /28 via one node
        assertThat(guide).contains("B>* 192.168.69.0/26 [200/0] via 10.10.10.10, br10", "B>* 192.168.42.192/26 [200/0] via 10.10.10.11",
                "B>* 192.168.88.192/26 [200/0] via 10.10.10.12", "B>* 192.168.46.128/26 [200/0] via 10.10.20.20");
        assertThat(count(guide, "^B>\\* 172\\.16\\.0\\.240/28 \\[200/0\\] via 10\\.10\\.\\d+\\.\\d+, br\\d+")).isEqualTo(1);
        // a node's three BGP routes and its blackhole
        assertThat(guide).contains("192.168.42.192/26 via 10.10.10.1 dev eth1 \n192.168.46.128/26 via 10.10.10.1 dev eth1 \n"
                + "blackhole 192.168.69.0/26 \n192.168.88.192/26 via 10.10.10.1 dev eth1 \n");
        // pod addresses, pings with TTL 61 pod to pod and 63 from the ToR, and the arithmetic
        assertThat(guide).contains("192.168.46.129/32", "192.168.42.193/32", "| multitool-1@k01-worker3 | running | 192.168.46.129/32 |");
        assertThat(guide).contains("64 bytes from 192.168.46.129: icmp_seq=1 ttl=61", "64 bytes from 192.168.42.193: icmp_seq=1 ttl=63");
        assertThat(guide).contains("64 − 3 = 61 (k01-worker3, ceos01 and k01-worker)", "64 − 1 = 63 (k01-worker)");
        // the resources' YAML, block affinities, commands as typed on netns, at least three diagrams
        assertThat(guide).contains("kind: BGPConfiguration", "name: bgppeer-vlan-10", "name: bgppeer-vlan-20", "calicoNetwork:",
                "k01-worker-192-168-42-192-26", "router bgp 65010",
                "./lab exec labs/10-calico-bgp-ippool ceos01 -- vtysh -c 'show ip bgp summary'");
        assertThat(count(guide, "^```mermaid$")).isGreaterThanOrEqualTo(3);
        assertThat(guide).contains("sequenceDiagram").doesNotContain("no canned answer");
    }

    @Test
    void aJustWrittenGuideChecksCleanAgainstLaterCapturesAndARedeploy() {
        // given
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));

        // when
        GuideCheck.Result later = Guides.check(guide, "GUIDE.md", LAB10, Lab10Captures.lab10("run1-later"));
        GuideCheck.Result redeployed = Guides.check(guide, "GUIDE.md", LAB10, Lab10Captures.lab10("run2"));

        // then
        assertThat(later.drifts()).isEmpty();
        assertThat(redeployed.drifts()).isEmpty();
        assertThat(redeployed.regions()).isGreaterThan(25);
    }

    @Test
    void anOutputEditedByHandIsADriftNamedWithItsLineAndADiff() {
        // given
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));
        String edited = guide.replace("B>* 192.168.46.128/26 [200/0] via 10.10.20.20", "B>* 192.168.46.128/26 [200/0] via 10.10.20.99");
        int line = (int) guide.substring(0, guide.indexOf("<!-- lab:guide:begin exec ceos01 -- vtysh -c 'show ip route' -->"))
                .lines().count() + 1;

        // when
        GuideCheck.Result result = Guides.check(edited, "GUIDE.md", LAB10, Lab10Captures.lab10("run2"));

        // then
        assertThat(result.drifts()).singleElement().satisfies(d -> {
            assertThat(d.region().id().text()).isEqualTo("exec ceos01 -- vtysh -c 'show ip route'");
            assertThat(d.where()).isEqualTo("GUIDE.md:" + line);
            assertThat(d.diff()).contains("-B>* 192.168.46.128/26 [200/0] via 10.10.20.99, br20, weight 1, ")
                    .contains("+B>* 192.168.46.128/26 [200/0] via 10.10.20.20, br20, weight 1, ").contains("@@ -");
        });
    }

    @Test
    void aLabWhoseBlockIsPinnedDifferentlyDriftsInTheModelRegionsAndTheOutputs() {
        // given: the guide of lab 10, and the same lab with k01-worker3's block moved
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));
        GuideContext moved = GuideFixtures.context("10-calico-bgp-ippool", "netns",
                Map.of("block: 192.168.46.128/26", "block: 192.168.46.192/26"));

        // when
        GuideCheck.Result result = Guides.check(guide, "GUIDE.md", moved, Lab10Captures.lab10("run2"));

        // then
        assertThat(result.drifts()).extracting(d -> d.region().id().text())
                .contains("blocks", "tor-routes", "diagram routes", "peers", "node-routes k01-control-plane");
    }

    @Test
    void updateKeepsTheAuthorsParagraphAndRegeneratesTheRegions() {
        // given: an author's paragraph between two regions, and a stale output
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));
        String paragraph = "\nA note of mine — with *emphasis*, trailing blanks   \r\nand a CRLF line.\n\n";
        String marker = "<!-- lab:guide:end topology -->\n";
        String authored = guide.replace(marker, marker + paragraph)
                .replace("ttl=61 time=", "ttl=60 time=");

        // when
        String updated = Guides.update(authored, "GUIDE.md", LAB10, Lab10Captures.lab10("run2"));

        // then
        assertThat(updated).contains(marker + paragraph).doesNotContain("ttl=60");
        assertThat(Guides.check(updated, "GUIDE.md", LAB10, Lab10Captures.lab10("run1")).drifts()).isEmpty();
        assertThat(updated.replace(marker + paragraph, marker).length()).isCloseTo(guide.length(), org.assertj.core.data.Offset.offset(40));
    }

    @Test
    void updatingAGuideThatIsStillTrueChangesNoByteSoItsDiffShowsOnlyRealChanges() {
        // given
        String guide = Guides.write(LAB10, Lab10Captures.lab10("run1"));

        // when: the lab was redeployed (new uptimes, MACs, ping times), nothing of substance changed
        String updated = Guides.update(guide, "GUIDE.md", LAB10, Lab10Captures.lab10("run2"));

        // then
        assertThat(updated).isEqualTo(guide);
    }

    @Test
    void anAuthorsRegionForAnyCommandIsFilledAndADeletedRegionStaysDeleted() {
        // given
        String doc = "# My guide\n\n<!-- lab:guide:begin exec ceos01 -- vtysh -c \"show running-config bgpd\" -->\n"
                + "<!-- lab:guide:end exec ceos01 -- vtysh -c \"show running-config bgpd\" -->\n";

        // when
        String updated = Guides.update(doc, "GUIDE.md", LAB10, Lab10Captures.lab10("run1"));

        // then
        assertThat(updated).startsWith("# My guide\n\n<!-- lab:guide:begin exec ceos01 -- vtysh -c \"show running-config bgpd\" -->\n")
                .contains("router bgp 65010\n bgp router-id 10.10.10.1").doesNotContain("show ip bgp summary");
    }

    @Test
    void unknownRegionTypesTargetsAndArgumentsAreAllReportedWithTheirLines() {
        // given
        String doc = "<!-- lab:guide:begin exec ceos02 -- vtysh -c 'show ip bgp' -->\n<!-- lab:guide:end exec ceos02 -- vtysh -c 'show ip bgp' -->\n"
                + "<!-- lab:guide:begin flowchart -->\n<!-- lab:guide:end flowchart -->\n"
                + "<!-- lab:guide:begin bgppeer vlan-30 -->\n<!-- lab:guide:end bgppeer vlan-30 -->\n";
        GuideFixtures.FakeLab lab = Lab10Captures.lab10("run1");

        // when / then
        assertThatThrownBy(() -> Guides.check(doc, "GUIDE.md", LAB10, lab))
                .isInstanceOf(GuideFormatException.class)
                .hasMessageContaining("GUIDE.md:1: unknown exec target `ceos02`; this lab has: ceos01, k01-control-plane,")
                .hasMessageContaining("GUIDE.md:3: unknown region type `flowchart`; valid: title, setup, topology,")
                .hasMessageContaining("GUIDE.md:5: region `bgppeer <peer>` needs one peer of: bgppeer-vlan-10, bgppeer-vlan-20;"
                        + " not `bgppeer vlan-30`");
        assertThat(lab.asked).as("nothing runs in the lab for a malformed guide").isEmpty();
    }
}
