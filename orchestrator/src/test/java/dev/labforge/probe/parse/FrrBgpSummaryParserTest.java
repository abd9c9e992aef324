package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.ObservationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrrBgpSummaryParserTest {

    @Test
    void wrappedSummaryWithEstablishedDynamicPeers() {
        // given
        String json = Fixtures.read("frr/show_bgp_summary_established.json");
        // when
        List<BgpPeerState> peers = FrrBgpSummaryParser.parse(json);
        // then
        assertThat(peers).containsExactly(
                new BgpPeerState("10.10.10.11", 65010, "Established", 2, "", ""),
                new BgpPeerState("10.10.20.20", 65010, "Established", 2, "", ""));
    }

    @Test
    void unwrappedSummaryGivesTheSamePeers() {
        // given
        String wrapped = Fixtures.read("frr/show_bgp_summary_established.json");
        String unwrapped = Fixtures.read("frr/show_bgp_ipv4_unicast_summary_established.json");
        // when
        List<BgpPeerState> fromUnwrapped = FrrBgpSummaryParser.parse(unwrapped);
        // then
        assertThat(fromUnwrapped).extracting(BgpPeerState::peer, BgpPeerState::state)
                .containsExactlyElementsOf(FrrBgpSummaryParser.parse(wrapped).stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.peer(), p.state())).toList());
    }

    @Test
    void peerNotUpAndPolicyBlockedPeerAreReportedAsSuch() {
        // given
        String json = Fixtures.read("frr/show_bgp_summary_mixed.json");
        // when
        List<BgpPeerState> peers = FrrBgpSummaryParser.parse(json);
        // then
        assertThat(peers).hasSize(4);
        assertThat(peers).filteredOn(p -> p.peer().equals("10.10.10.99")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("Active");
                    assertThat(p.established()).isFalse();
                    assertThat(p.info()).isEmpty();
                });
        assertThat(peers).filteredOn(p -> p.peer().equals("10.10.10.13")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("Established");
                    assertThat(p.remoteAs()).isEqualTo(65020);
                    assertThat(p.prefixesReceived()).isZero();
                    assertThat(p.info()).isEqualTo("(Policy)");
                });
    }

    @Test
    void aNodeThatClosedItsSessionDisappearsFromTheDynamicPeers() {
        // given
        String json = Fixtures.read("frr/show_bgp_summary_one_dynamic_gone.json");
        // when
        List<BgpPeerState> peers = FrrBgpSummaryParser.parse(json);
        // then
        assertThat(peers).extracting(BgpPeerState::peer).containsExactly("10.10.10.11");
    }

    @Test
    void idleWithReasonIsSplitIntoStateAndInfo() {
        // given
        String json = """
                {"ipv4Unicast":{"peers":{"10.0.0.2":{"remoteAs":"65001.1026","state":"Idle (Admin)","peerState":"Admin"}}}}""";
        // when
        List<BgpPeerState> peers = FrrBgpSummaryParser.parse(json);
        // then
        assertThat(peers).containsExactly(new BgpPeerState("10.0.0.2", 65001L * 65536 + 1026, "Idle", -1, "(Admin)", ""));
    }

    @Test
    void emptyObjectMeansNoPeers() {
        assertThat(FrrBgpSummaryParser.parse("{}")).isEmpty();
        assertThat(FrrBgpSummaryParser.parse("{\"ipv6Unicast\":{\"peers\":{}}}")).isEmpty();
    }

    @Test
    void textOutputIsRejectedWithAnExcerpt() {
        // given
        String text = Fixtures.read("frr/show_bgp_summary_mixed.txt");
        // when / then
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse(text))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("FRR 'show bgp summary json'")
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("IPv4 Unicast Summary");
    }

    @Test
    void excerptIsCutAt200Characters() {
        // given
        String longGarbage = "x".repeat(500);
        // when / then
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse(longGarbage))
                .isInstanceOf(ObservationException.class)
                .hasMessageEndingWith("x".repeat(200) + "...");
    }

    @Test
    void emptyOutputAndForeignJsonAreErrors() {
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse("  ")).isInstanceOf(ObservationException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse("[1,2]")).isInstanceOf(ObservationException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse("{\"warning\":\"Default BGP instance not found\"}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("neither \"peers\" nor \"ipv4Unicast\"");
        assertThatThrownBy(() -> FrrBgpSummaryParser.parse("{\"peers\":{\"10.0.0.1\":{\"remoteAs\":1}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("peer 10.0.0.1 has no \"state\"");
    }
}
