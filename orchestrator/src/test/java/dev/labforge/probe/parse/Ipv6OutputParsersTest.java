package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IPv6 forms of ping, ip -j -6 route and ip -j addr, on output captured on this machine (fixtures/ipv6/README.md). */
class Ipv6OutputParsersTest {

    @Test
    void pingDash6RepliesGiveTheHopLimitAsTtl() {
        // given iputils' IPv6 header has no space before the parenthesis and replies end the address with ':'
        String out = Fixtures.read("ipv6/ping-v6-success.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.target()).isEqualTo("fd97:1::2");
        assertThat(r.transmitted()).isEqualTo(2);
        assertThat(r.received()).isEqualTo(2);
        assertThat(r.ttls()).containsExactly(63, 63);
    }

    @Test
    void pingDash6AddressUnreachableIsNoReplyWithTheRoutersErrors() {
        // given
        String out = Fixtures.read("ipv6/ping-v6-onlink-host-missing-long.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.anyReply()).isFalse();
        assertThat(r.ttls()).isEmpty();
        assertThat(r.errors()).hasSize(3).allMatch(e -> e.endsWith("Destination unreachable: Address unreachable"));
    }

    @Test
    void ipv4ReplyLinesStillParseWithTheWiderAddressPattern() {
        // given
        String out = Fixtures.read("ping/iputils_pod_to_node_ok.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.target()).isEqualTo("10.10.20.20");
        assertThat(r.ttls()).containsExactly(62, 62, 62);
    }

    @Test
    void felixIpv6RoutesKeepTheirVtepNextHopAndOnlinkAndDropLinkLocal() {
        // given ip -j -6 route show on a node with vxlan-v6.calico
        String json = Fixtures.read("ipv6/ip-j-6-route-vxlan.txt");
        // when
        List<RouteEntry> routes = IpRouteParser.parse6(json);
        // then
        assertThat(routes).extracting(RouteEntry::prefix).containsExactly(
                "fd00:10:244:1b38:1133:7e2c:be1e:4d00/122", "fd00:10:244:b742:2d01:58:8f51:b000/128", "fd98::/64");
        RouteEntry remote = routes.get(0);
        assertThat(remote.nextHops()).containsExactly("fd00:10:244:1b38:1133:7e2c:be1e:4d00");
        assertThat(remote.device()).isEqualTo("vxlan-v6.calico");
        assertThat(remote.onlink()).isTrue();
        assertThat(routes.get(2).protocol()).isEqualTo("kernel");
    }

    @Test
    void birdsIpv6BlackholesAreBlackholesOnLo() {
        // given BIRD6's blackholes, kept after it stopped (persist)
        String json = Fixtures.read("ipv6/ip-j-6-route-bird-persisted.txt");
        // when
        List<RouteEntry> routes = IpRouteParser.parse6(json);
        // then
        assertThat(routes).filteredOn(r -> r.type().equals("blackhole")).extracting(RouteEntry::prefix, RouteEntry::protocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fd00:10:244:1::/122", "bird"),
                        org.assertj.core.groups.Tuple.tuple("fd00:10:244:2::/122", "bird"));
    }

    @Test
    void addrKeepsGlobalIpv6AddressesOnlyAndNoneWhenTheLinkLostIt() {
        // given eth1 after down/up: its global IPv6 address is gone, the link-local one is back
        String json = Fixtures.read("ipv6/ip-j-addr-eth1-after-down-up.txt");
        // when
        List<InterfaceState> interfaces = IpAddrParser.interfaces(json);
        // then
        assertThat(interfaces).singleElement().satisfies(i -> {
            assertThat(i.ipv4()).containsExactly("10.98.0.1/24");
            assertThat(i.ipv6()).isEmpty();
        });
    }

    @Test
    void lab14PodToPodAcrossVxlanV6RepliesWithHopLimit62AndToTheTorLoopbackWith63() {
        // given pings from multitool@dual-stack-worker in lab 14 on netns
        PingResult pod = PingParser.parse(Fixtures.read("ipv6/lab14-pod-ping6-pod.txt"));
        PingResult loopback = PingParser.parse(Fixtures.read("ipv6/lab14-pod-ping6-tor-loopback.txt"));
        // then
        assertThat(pod.target()).isEqualTo("fd00:10:244::81");
        assertThat(pod.ttls()).containsOnly(62);
        assertThat(loopback.target()).isEqualTo("2001:db8::1");
        assertThat(loopback.ttls()).containsOnly(63);
    }

    @Test
    void lab14NodeTableHasTheRemoteBlockViaItsVtepTheOwnBlackholeAndThePodHostRoute() {
        // given ip -j -6 route show on dual-stack-worker
        List<RouteEntry> routes = IpRouteParser.parse6(Fixtures.read("ipv6/lab14-node-ip-j-6-route.txt"));
        // then
        assertThat(routes).filteredOn(r -> r.prefix().equals("fd00:10:244::/122")).singleElement().satisfies(r -> {
            assertThat(r.nextHops()).containsExactly("fd00:10:244::");
            assertThat(r.device()).isEqualTo("vxlan-v6.calico");
            assertThat(r.protocol()).isEqualTo("80");
            assertThat(r.onlink()).isTrue();
        });
        assertThat(routes).filteredOn(r -> r.prefix().equals("fd00:10:244::40/122")).extracting(RouteEntry::type)
                .containsExactly("blackhole");
        assertThat(routes).extracting(RouteEntry::prefix).contains("fd00:10:244::41/128", "2001:db8::/32")
                .noneMatch(p -> p.startsWith("fe80:"));
    }

    @Test
    void lab14TorTableHasTheStaticPodRouteAndTheLoopbackAsHostRoute() {
        // given ip -j -6 route show in the ToR namespace
        List<RouteEntry> routes = IpRouteParser.parse6(Fixtures.read("ipv6/lab14-tor-ip-j-6-route.txt"));
        // then
        assertThat(routes).extracting(RouteEntry::prefix).containsExactly("2001:db8::1/128", "fd00:10:10::/64", "fd00:10:244::/48");
        assertThat(routes.get(2).nextHops()).containsExactly("fd00:10:10::10");
        assertThat(routes.get(2).protocol()).isEqualTo("boot");
    }

    @Test
    void lab14VxlanV6DeviceHoldsItsVtepAsAGlobal128() {
        // given ip -j addr show dev vxlan-v6.calico on dual-stack-worker
        List<InterfaceState> interfaces = IpAddrParser.interfaces(Fixtures.read("ipv6/lab14-node-ip-j-addr-vxlan-v6.calico.txt"));
        // then: the link-local address is left out
        assertThat(interfaces).singleElement().satisfies(i -> {
            assertThat(i.mtu()).isEqualTo(1430);
            assertThat(i.ipv4()).isEmpty();
            assertThat(i.ipv6()).containsExactly("fd00:10:244::40/128");
        });
    }

    @Test
    void frrSummaryOfADualStackRouterListsTheIpv4SessionThenTheIpv6One() {
        // given show bgp summary json with neighbours 10.99.0.2 (ipv4 unicast) and fd99::2 (ipv6 unicast)
        List<dev.labforge.probe.BgpPeerState> peers = FrrBgpSummaryParser.parse(Fixtures.read("ipv6/frr-bgp-summary-json-dual.txt"));
        // then
        assertThat(peers).extracting(dev.labforge.probe.BgpPeerState::peer).containsExactly("10.99.0.2", "fd99::2");
        assertThat(peers).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo("Established");
            assertThat(p.prefixesReceived()).isEqualTo(2);
        });
    }

    @Test
    void frrIpv6UnicastSummaryWithoutTheFamilyWrapperIsReadToo() {
        // given show bgp ipv6 unicast summary json (one family: no ipv6Unicast key)
        List<dev.labforge.probe.BgpPeerState> peers = FrrBgpSummaryParser.parse(
                Fixtures.read("ipv6/frr-bgp-ipv6-unicast-summary-json.txt"));
        // then
        assertThat(peers).singleElement().satisfies(p -> {
            assertThat(p.peer()).isEqualTo("fd99::2");
            assertThat(p.state()).isEqualTo("Established");
        });
    }

    @Test
    void frrIpv6SessionOfAKilledBird6IsActiveWithItsStaleRoutesKeptByGracefulRestart() {
        // given bird6 got SIGKILL: FRR keeps its routes (NSF passive)
        List<dev.labforge.probe.BgpPeerState> peers = FrrBgpSummaryParser.parse(
                Fixtures.read("ipv6/frr-bgp-ipv6-unicast-summary-json-peer-down.txt"));
        // then: not Established, whatever the prefix count says
        assertThat(peers).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo("Active");
            assertThat(p.info()).contains("NSF passive");
        });
    }

    @Test
    void bird6ProtocolsGiveTheIpv6NeighbourFromTheDetails() {
        // given birdc show protocols all on bird6's socket, session up
        List<dev.labforge.probe.BgpPeerState> peers = BirdProtocolsParser.parse(
                Fixtures.read("ipv6/bird6-show-protocols-all-established.txt"));
        // then
        assertThat(peers).singleElement().satisfies(p -> {
            assertThat(p.peer()).isEqualTo("fd99::1");
            assertThat(p.state()).isEqualTo("Established");
            assertThat(p.remoteAs()).isEqualTo(65010);
        });
    }

    @Test
    void frrListsAnIpv6NeighbourInIpv4UnicastTooButItsOwnFamilysEntryStands() {
        // given lab 10 dual-stack's ToR: fd00:10:10::11 appears in ipv4Unicast with 0 prefixes and in ipv6Unicast with 1
        List<dev.labforge.probe.BgpPeerState> peers = FrrBgpSummaryParser.parse(
                Fixtures.read("ipv6/lab10dual-tor-show-bgp-summary-json.txt"));
        // then: one session per address, each with its own family's prefix count
        assertThat(peers).extracting(dev.labforge.probe.BgpPeerState::peer).containsExactly("10.10.10.10", "10.10.10.11",
                "10.10.10.12", "10.10.20.20", "fd00:10:10::10", "fd00:10:10::11", "fd00:10:10::12", "fd00:10:20::20");
        assertThat(peers).allSatisfy(p -> assertThat(p.prefixesReceived()).isEqualTo(1));
    }

    @Test
    void lab10DualPodToPodAcrossVlansOverIpv6RepliesWithHopLimit61() {
        // given multitool-1@k01-worker pings the pod on k01-worker3 (VLAN 20) through the ToR
        PingResult r = PingParser.parse(Fixtures.read("ipv6/lab10dual-pod-ping6-other-vlan.txt"));
        // then
        assertThat(r.target()).isEqualTo("fd00:10:244::c1");
        assertThat(r.ttls()).containsOnly(61);
    }
}
