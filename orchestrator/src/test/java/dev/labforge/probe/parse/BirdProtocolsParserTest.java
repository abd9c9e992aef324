package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.ObservationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirdProtocolsParserTest {

    @Test
    void showProtocolsDecodesPeersFromCalicoNames() {
        // given
        String text = Fixtures.read("bird/n1_show_protocols.txt");
        // when
        List<BgpPeerState> peers = BirdProtocolsParser.parse(text);
        // then
        assertThat(peers).containsExactly(
                new BgpPeerState("10.10.10.1", -1, "Established", -1, "", "Node_10_10_10_1"),
                new BgpPeerState("10.10.99.1", -1, "Connect", -1, "Socket: No route to host", "Global_10_10_99_1"),
                new BgpPeerState("10.10.10.12", -1, "Connect", -1, "Socket: No route to host", "Mesh_10_10_10_12"));
    }

    @Test
    void showProtocolsAllAddsNeighborAsAndImportedRoutes() {
        // given
        String text = Fixtures.read("bird/n1_show_protocols_all.txt");
        // when
        List<BgpPeerState> peers = BirdProtocolsParser.parse(text);
        // then
        assertThat(peers).containsExactly(
                new BgpPeerState("10.10.10.1", 65010, "Established", 3, "", "Node_10_10_10_1"),
                new BgpPeerState("10.10.99.1", 65010, "Connect", 0, "Socket: No route to host", "Global_10_10_99_1"),
                new BgpPeerState("10.10.10.12", 65010, "Connect", 0, "Socket: No route to host", "Mesh_10_10_10_12"));
    }

    @Test
    void singleProtocolDetail() {
        // given
        String text = Fixtures.read("bird/n2_show_protocols_all_node.txt");
        // when
        List<BgpPeerState> peers = BirdProtocolsParser.parse(text);
        // then
        assertThat(peers).singleElement().satisfies(p -> {
            assertThat(p.peer()).isEqualTo("10.10.20.1");
            assertThat(p.established()).isTrue();
            assertThat(p.protocol()).isEqualTo("Node_10_10_20_1");
        });
    }

    @Test
    void disabledProtocolIsDown() {
        // given
        String text = Fixtures.read("bird/n2_show_protocols_disabled.txt");
        // when
        List<BgpPeerState> peers = BirdProtocolsParser.parse(text);
        // then
        assertThat(peers).containsExactly(new BgpPeerState("10.10.20.1", -1, "Down", -1, "", "Node_10_10_20_1"));
    }

    @Test
    void socketReplyCodesAreStripped() {
        // given
        String raw = """
                0001 BIRD 1.6.8 ready.
                2002-name     proto    table    state  since       info
                1002-static1  Static   master   up     10:51:33
                 Node_10_10_10_1 BGP      master   up     10:51:36    Established
                0000
                """;
        // when
        List<BgpPeerState> peers = BirdProtocolsParser.parse(raw.replace(" Node_", "1002-Node_"));
        // then
        assertThat(peers).extracting(BgpPeerState::peer, BgpPeerState::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10.10.10.1", "Established"));
    }

    @Test
    void peerFromNameHandlesCalicoPrefixesOnly() {
        assertThat(BirdProtocolsParser.peerFromName("Node_10_10_10_1")).isEqualTo("10.10.10.1");
        assertThat(BirdProtocolsParser.peerFromName("Global_172_16_0_1")).isEqualTo("172.16.0.1");
        assertThat(BirdProtocolsParser.peerFromName("Mesh_10_0_0_3_port_1790")).isEqualTo("10.0.0.3");
        assertThat(BirdProtocolsParser.peerFromName("bgp1")).isEmpty();
    }

    @Test
    void socketErrorIsNotMistakenForNoPeers() {
        // given
        String text = "Unable to connect to server control socket (/var/run/bird.ctl): No such file or directory\n";
        // when / then
        assertThatThrownBy(() -> BirdProtocolsParser.parse(text))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no 'name proto table state since info' header")
                .hasMessageContaining("Unable to connect");
    }

    @Test
    void emptyAndTruncatedOutputAreErrors() {
        assertThatThrownBy(() -> BirdProtocolsParser.parse("")).isInstanceOf(ObservationException.class);
        assertThatThrownBy(() -> BirdProtocolsParser.parse("name     proto    table    state  since       info\nNode_1_2_3_4 BGP\n"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("fewer than 5 columns");
    }
}
