package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class EosParsersTest {

    @Test
    void bgpSummaryWithStringAsnsAndAnIdlePeer() {
        // given
        String json = Fixtures.read("eos/show_ip_bgp_summary.json");
        // when
        List<BgpPeerState> peers = EosBgpSummaryParser.parse(json);
        // then
        assertThat(peers).containsExactly(
                new BgpPeerState("10.10.10.10", 65010, "Established", 2, "", ""),
                new BgpPeerState("10.10.20.20", 65010, "Idle", 0, "(NoInterface)", ""));
    }

    @Test
    void bgpSummaryWithoutPeersAndWithAnotherSingleVrf() {
        assertThat(EosBgpSummaryParser.parse("{\"vrfs\":{\"default\":{\"asn\":\"65010\"}}}")).isEmpty();
        assertThat(EosBgpSummaryParser.parse(
                "{\"vrfs\":{\"lab\":{\"peers\":{\"10.0.0.1\":{\"asn\":\"65001.1\",\"peerState\":\"Active\"}}}}}"))
                .containsExactly(new BgpPeerState("10.0.0.1", 65001L * 65536 + 1, "Active", -1, "", ""));
    }

    @Test
    void bgpSummaryErrors() {
        assertThatThrownBy(() -> EosBgpSummaryParser.parse("% Invalid input"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("EOS 'show ip bgp summary | json'")
                .hasMessageContaining("% Invalid input");
        assertThatThrownBy(() -> EosBgpSummaryParser.parse("{\"errors\":[\"BGP inactive\"]}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no \"vrfs\" object");
        assertThatThrownBy(() -> EosBgpSummaryParser.parse("{\"vrfs\":{\"a\":{},\"b\":{}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no \"default\" VRF");
        assertThatThrownBy(() -> EosBgpSummaryParser.parse("{\"vrfs\":{\"default\":{\"peers\":{\"10.0.0.1\":{}}}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("peer 10.0.0.1 has no \"peerState\"");
    }

    @Test
    void routeTableOfTheSeedToR() {
        // given
        String json = Fixtures.read("eos/show_ip_route.json");
        // when
        List<RouteEntry> routes = EosRouteParser.parse(json);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("10.10.10.0/24", "unicast", "connected", List.of(), "Vlan10"),
                new RouteEntry("192.168.42.192/26", "unicast", "bgp", List.of("10.10.10.11"), "Vlan10"),
                new RouteEntry("172.16.0.240/28", "unicast", "bgp", List.of("10.10.10.10"), "Vlan10"));
    }

    @Test
    void dropRouteIsABlackhole() {
        // given
        String json = """
                {"vrfs":{"default":{"routes":{"10.99.0.0/16":{"routeType":"static","routeAction":"drop","vias":[]}}}}}""";
        // when / then
        assertThat(EosRouteParser.parse(json)).containsExactly(new RouteEntry("10.99.0.0/16", "blackhole", "static", List.of(), ""));
    }

    @Test
    void routeTableErrors() {
        assertThatThrownBy(() -> EosRouteParser.parse("{\"vrfs\":{\"default\":{}}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no \"routes\" object");
        assertThatThrownBy(() -> EosRouteParser.parse(""))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("empty");
    }
}
