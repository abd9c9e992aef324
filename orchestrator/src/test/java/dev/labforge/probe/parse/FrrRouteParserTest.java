package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrrRouteParserTest {

    @Test
    void routeReflectorTableHasConnectedVlansBlocksAndLoadBalancerRange() {
        // given
        String json = Fixtures.read("frr/show_ip_route.json");
        // when
        List<RouteEntry> routes = FrrRouteParser.parse(json);
        // then
        assertThat(routes).containsExactlyInAnyOrder(
                new RouteEntry("10.10.10.0/24", "unicast", "connected", List.of(), "br10"),
                new RouteEntry("10.10.20.0/24", "unicast", "connected", List.of(), "br20"),
                new RouteEntry("172.16.0.240/28", "unicast", "bgp", List.of("10.10.10.11"), "br10"),
                new RouteEntry("192.168.42.192/26", "unicast", "bgp", List.of("10.10.10.11"), "br10"),
                new RouteEntry("192.168.46.128/26", "unicast", "bgp", List.of("10.10.20.20"), "br20"));
    }

    @Test
    void unselectedEntriesAreLeftOutAndBlackholesRecognized() {
        // given
        String json = """
                {"10.1.0.0/16":[{"prefix":"10.1.0.0/16","protocol":"static","selected":true,
                   "nexthops":[{"flags":9,"fib":true,"unreachable":true,"blackhole":true,"active":true}]}],
                 "10.2.0.0/16":[{"prefix":"10.2.0.0/16","protocol":"bgp","selected":false,
                   "nexthops":[{"ip":"10.9.9.9","afi":"ipv4","active":false}]}],
                 "10.3.0.0/16":[{"prefix":"10.3.0.0/16","protocol":"bgp","selected":true,
                   "nexthops":[{"ip":"10.0.0.1","interfaceName":"br10","active":true},
                               {"ip":"10.0.0.2","interfaceName":"br10","active":true},
                               {"ip":"10.0.0.3","interfaceName":"br10"}]}]}""";
        // when
        List<RouteEntry> routes = FrrRouteParser.parse(json);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("10.1.0.0/16", "blackhole", "static", List.of(), ""),
                new RouteEntry("10.3.0.0/16", "unicast", "bgp", List.of("10.0.0.1", "10.0.0.2", "10.0.0.3"), "br10"));
    }

    @Test
    void emptyTableIsAnEmptyList() {
        assertThat(FrrRouteParser.parse("{}")).isEmpty();
    }

    @Test
    void wrongShapesAreErrors() {
        assertThatThrownBy(() -> FrrRouteParser.parse(Fixtures.read("frr/show_ip_route.txt")))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("FRR 'show ip route json'")
                .hasMessageContaining("Codes: K - kernel route");
        assertThatThrownBy(() -> FrrRouteParser.parse("{\"10.0.0.0/8\":{\"prefix\":\"10.0.0.0/8\"}}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("\"10.0.0.0/8\" is not an array");
        assertThatThrownBy(() -> FrrRouteParser.parse("[]"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("keyed by prefix");
    }
}
