package dev.labforge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ipv6HostsTest {
    private static final Cidr VLAN10 = Cidr.parse("fd00:10:10::/64");

    @Test
    void nodesMirrorTheLastNumberOfTheirIpv4AddressAsTheSeriesWritesThem() {
        // given three nodes on one VLAN with IPv4 addresses and no IPv6 ones
        List<Cidr> subnets = List.of(VLAN10, VLAN10, VLAN10);
        List<Ip> ipv4 = List.of(Ip.parse("10.10.10.10"), Ip.parse("10.10.10.11"), Ip.parse("10.10.10.12"));

        // when
        Ip[] assigned = Ipv6Hosts.assign(subnets, Arrays.asList(null, null, null), ipv4, List.of(Ip.parse("fd00:10:10::1")));

        // then
        assertThat(assigned).extracting(Ip::toString).containsExactly("fd00:10:10::10", "fd00:10:10::11", "fd00:10:10::12");
    }

    @Test
    void aWrittenOrGatewayAddressIsNeverHandedOutAgain() {
        // given node 0 wrote the address node 1 would mirror to, and node 2 mirrors to the gateway
        List<Cidr> subnets = List.of(VLAN10, VLAN10, VLAN10);
        List<Ip> written = Arrays.asList(Ip.parse("fd00:10:10::11"), null, null);
        List<Ip> ipv4 = Arrays.asList(Ip.parse("10.10.10.10"), Ip.parse("10.10.10.11"), Ip.parse("10.10.10.1"));

        // when
        Ip[] assigned = Ipv6Hosts.assign(subnets, written, ipv4, List.of(Ip.parse("fd00:10:10::1")));

        // then the next free hosts from ::10 up
        assertThat(assigned).extracting(Ip::toString).containsExactly("fd00:10:10::11", "fd00:10:10::10", "fd00:10:10::12");
    }

    @Test
    void withoutIpv4OrSubnetNodesGetTheNextFreeHostOrNothing() {
        Ip[] assigned = Ipv6Hosts.assign(Arrays.asList(VLAN10, null), Arrays.asList(null, null), Arrays.asList(null, null), List.of());

        assertThat(assigned[0]).hasToString("fd00:10:10::10");
        assertThat(assigned[1]).isNull();
    }

    @Test
    void aSmallSubnetStartsOverAtTheFirstHostWhenTheMirrorDoesNotFit() {
        Cidr tiny = Cidr.parse("fd00:10:10::/125");

        Ip[] assigned = Ipv6Hosts.assign(List.of(tiny), Arrays.asList((Ip) null), List.of(Ip.parse("10.10.10.12")),
                List.of(Ip.parse("fd00:10:10::1")));

        assertThat(assigned[0]).hasToString("fd00:10:10::2");
    }
}
