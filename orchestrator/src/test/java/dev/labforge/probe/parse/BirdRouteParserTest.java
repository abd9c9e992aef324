package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirdRouteParserTest {

    @Test
    void primaryRoutesOfANodeWithBlackholesAndBgpRoutes() {
        // given
        String text = Fixtures.read("bird/n1_show_route.txt");
        // when
        List<RouteEntry> routes = BirdRouteParser.parse(text);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("0.0.0.0/0", "unicast", "kernel1", List.of("172.30.0.1"), "eth0"),
                new RouteEntry("10.10.10.0/24", "unicast", "direct1", List.of(), "eth1"),
                new RouteEntry("172.16.0.240/28", "blackhole", "static1", List.of(), ""),
                new RouteEntry("10.10.20.0/24", "unicast", "Node_10_10_10_1", List.of("10.10.10.1"), "eth1"),
                new RouteEntry("192.168.42.192/26", "blackhole", "static1", List.of(), ""),
                new RouteEntry("192.168.46.128/26", "unicast", "Node_10_10_10_1", List.of("10.10.10.1"), "eth1"),
                new RouteEntry("192.168.42.193/32", "unicast", "kernel1", List.of(), "cali1234"),
                new RouteEntry("172.30.0.0/24", "unicast", "direct1", List.of(), "eth0"));
    }

    @Test
    void otherNodeSeesTheFirstNodesBlockViaTheGateway() {
        // given
        String text = Fixtures.read("bird/n2_show_route.txt");
        // when
        List<RouteEntry> routes = BirdRouteParser.parse(text);
        // then
        assertThat(routes).contains(
                new RouteEntry("192.168.42.192/26", "unicast", "Node_10_10_20_1", List.of("10.10.20.1"), "eth1"),
                new RouteEntry("192.168.46.128/26", "blackhole", "static1", List.of(), ""));
    }

    @Test
    void multipathNextHopsAreCollected() {
        // given
        String text = """
                BIRD 1.6.8 ready.
                172.16.0.240/28    multipath [Node_10_10_10_1 10:00:00] * (100/0) [i]
                \tvia 10.10.10.10 on eth1 weight 1
                \tvia 10.10.10.12 on eth1 weight 1
                """;
        // when
        List<RouteEntry> routes = BirdRouteParser.parse(text);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("172.16.0.240/28", "unicast", "Node_10_10_10_1", List.of("10.10.10.10", "10.10.10.12"), "eth1"));
    }

    @Test
    void emptyTableIsAnEmptyList() {
        assertThat(BirdRouteParser.parse("BIRD 1.6.8 ready.\n")).isEmpty();
    }

    @Test
    void unknownLinesAreErrors() {
        assertThatThrownBy(() -> BirdRouteParser.parse("Unable to connect to server control socket (/x.ctl): No such file or directory"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("BIRD 'show route'")
                .hasMessageContaining("unexpected line");
        assertThatThrownBy(() -> BirdRouteParser.parse("10.0.0.0/8  somewhere [static1 10:00:00] * (200)"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("cannot read route '10.0.0.0/8 somewhere");
        assertThatThrownBy(() -> BirdRouteParser.parse(""))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("empty");
    }
}
