package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalicoNodeStatusParserTest {

    @Test
    void peersFromStatus() {
        // given
        String json = Fixtures.read("calico/caliconodestatus.json");
        // when
        List<BgpPeerState> peers = CalicoNodeStatusParser.peers(json);
        // then
        assertThat(peers).containsExactly(new BgpPeerState("10.10.10.1", -1, "Established", -1, "NodePeer since 23:32:05", ""));
    }

    @Test
    void routesFromStatus() {
        // given
        String json = Fixtures.read("calico/caliconodestatus.json");
        // when
        List<RouteEntry> routes = CalicoNodeStatusParser.routes(json);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("192.168.88.192/26", "unicast", "bgp", List.of("10.10.10.1"), "eth1"),
                new RouteEntry("192.168.69.0/26", "blackhole", "static", List.of(), ""));
    }

    @Test
    void statusNotFilledInYetGivesEmptyLists() {
        // given
        String json = "{\"kind\":\"CalicoNodeStatus\",\"spec\":{\"node\":\"k01-worker\"}}";
        // when / then
        assertThat(CalicoNodeStatusParser.peers(json)).isEmpty();
        assertThat(CalicoNodeStatusParser.routes(json)).isEmpty();
    }

    @Test
    void otherResourcesAndBrokenEntriesAreErrors() {
        assertThatThrownBy(() -> CalicoNodeStatusParser.peers("{\"kind\":\"Node\",\"spec\":{}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("not a CalicoNodeStatus resource");
        assertThatThrownBy(() -> CalicoNodeStatusParser.peers(
                "{\"kind\":\"CalicoNodeStatus\",\"status\":{\"bgp\":{\"peersV4\":[{\"state\":\"Established\"}]}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no peerIP");
        assertThatThrownBy(() -> CalicoNodeStatusParser.routes(
                "{\"kind\":\"CalicoNodeStatus\",\"status\":{\"routes\":{\"routesV4\":[{\"gateway\":\"N/A\"}]}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no destination");
        assertThatThrownBy(() -> CalicoNodeStatusParser.routes("Error from server (NotFound)"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("Error from server");
    }
}
