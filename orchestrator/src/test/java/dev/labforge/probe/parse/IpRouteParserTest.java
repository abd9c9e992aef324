package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpRouteParserTest {

    @Test
    void nodeKernelTableWithBirdRoutesBlackholesAndDefault() {
        // given
        String json = Fixtures.read("iproute2/n1_ip_j_route_show.json");
        // when
        List<RouteEntry> routes = IpRouteParser.parse(json);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("0.0.0.0/0", "unicast", "boot", List.of("172.30.0.1"), "eth0", true),
                new RouteEntry("10.10.10.0/24", "unicast", "kernel", List.of(), "eth1"),
                new RouteEntry("10.10.20.0/24", "unicast", "boot", List.of("10.10.10.1"), "eth1"),
                new RouteEntry("172.16.0.240/28", "blackhole", "bird", List.of(), ""),
                new RouteEntry("172.30.0.0/24", "unicast", "kernel", List.of(), "eth0"),
                new RouteEntry("192.168.42.192/26", "blackhole", "bird", List.of(), ""),
                new RouteEntry("192.168.42.193/32", "unicast", "boot", List.of(), "cali1234"),
                new RouteEntry("192.168.46.128/26", "unicast", "bird", List.of("10.10.10.1"), "eth1"));
    }

    @Test
    void secondNodeLearnsTheFirstBlockFromTheReflector() {
        // given
        String json = Fixtures.read("iproute2/n2_ip_j_route_show.json");
        // when
        List<RouteEntry> routes = IpRouteParser.parse(json);
        // then
        assertThat(routes).contains(
                new RouteEntry("192.168.42.192/26", "unicast", "bird", List.of("10.10.20.1"), "eth1"),
                new RouteEntry("192.168.46.128/26", "blackhole", "bird", List.of(), ""));
    }

    @Test
    void multipathRoutesListAllGateways() {
        // given
        String json = """
                [{"dst":"172.16.0.240/28","protocol":"bird","flags":[],"nexthops":[
                  {"gateway":"10.10.10.10","dev":"eth1","weight":1,"flags":[]},
                  {"gateway":"10.10.10.12","dev":"eth1","weight":1,"flags":[]}]}]""";
        // when
        List<RouteEntry> routes = IpRouteParser.parse(json);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("172.16.0.240/28", "unicast", "bird", List.of("10.10.10.10", "10.10.10.12"), "eth1"));
    }

    @Test
    void textFormAndBrokenJsonAreErrors() {
        assertThatThrownBy(() -> IpRouteParser.parse(Fixtures.read("iproute2/n1_ip_route_show.txt")))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("'ip -j route show'")
                .hasMessageContaining("default via 172.30.0.1");
        assertThatThrownBy(() -> IpRouteParser.parse("{\"dst\":\"default\"}"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("expected a JSON array");
        assertThatThrownBy(() -> IpRouteParser.parse("[{\"dev\":\"eth0\"}]"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no \"dst\"");
    }

    @Test
    void emptyTable() {
        assertThat(IpRouteParser.parse("[]")).isEmpty();
    }

    @Test
    void textFormGivesTheSameRoutesAsJson() {
        for (String node : List.of("n1", "n2")) {
            // given
            String text = Fixtures.read("iproute2/" + node + "_ip_route_show.txt");
            String json = Fixtures.read("iproute2/" + node + "_ip_j_route_show.json");
            // when
            List<RouteEntry> fromText = IpRouteParser.parseText(text);
            // then
            assertThat(fromText).as(node).containsExactlyElementsOf(IpRouteParser.parse(json));
        }
    }

    @Test
    void textFormMultipath() {
        // given
        String text = """
                172.16.0.240/28 proto bird metric 32
                \tnexthop via 10.10.10.10 dev eth1 weight 1
                \tnexthop via 10.10.10.12 dev eth1 weight 1
                unreachable 10.99.0.0/16
                """;
        // when
        List<RouteEntry> routes = IpRouteParser.parseText(text);
        // then
        assertThat(routes).containsExactly(
                new RouteEntry("172.16.0.240/28", "unicast", "bird", List.of("10.10.10.10", "10.10.10.12"), "eth1"),
                new RouteEntry("10.99.0.0/16", "unreachable", "boot", List.of(), ""));
    }

    @Test
    void textFormErrors() {
        assertThatThrownBy(() -> IpRouteParser.parseText("Error: ipv4: FIB table does not exist.\nDump terminated"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("cannot read route 'Error: ipv4");
        assertThatThrownBy(() -> IpRouteParser.parseText("\tnexthop via 10.0.0.1 dev eth1"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("nexthop line before any route");
        assertThat(IpRouteParser.parseText("")).isEmpty();
    }

    @Test
    void felixRoutesAreOnlinkViaTheVtepOrTheSameSubnetNodeWithProtocol80() {
        // when
        List<RouteEntry> json = IpRouteParser.parse(Fixtures.read("overlay/ip-j-route-show-felix.txt"));
        List<RouteEntry> text = IpRouteParser.parseText(Fixtures.read("overlay/ip-route-show-felix.txt"));
        // then
        assertThat(json).contains(
                new RouteEntry("192.168.209.64/26", "unicast", "80", List.of("192.168.209.64"), "vxlan.calico", true),
                new RouteEntry("192.168.209.64/32", "unicast", "80", List.of(), "vxlan.calico", false),
                new RouteEntry("192.168.23.64/26", "unicast", "80", List.of("10.10.10.10"), "eth1", true),
                new RouteEntry("192.168.81.64/26", "blackhole", "80", List.of(), "", false),
                new RouteEntry("10.10.20.0/24", "unicast", "boot", List.of("10.10.10.1"), "eth1", false));
        assertThat(text).isEqualTo(json);
    }
}
