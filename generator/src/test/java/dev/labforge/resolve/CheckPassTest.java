package dev.labforge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.CommunityCheck;
import dev.labforge.check.LinkCheck;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.spec.BgpExpectSpec;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LinkExpectSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.RouteExpectSpec;
import dev.labforge.testing.ReferenceLabs;
import dev.labforge.testing.SeedSpecs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckPassTest {

    @Test
    void seedChecksCoverBothEndsOfEverySessionEveryRouteAndThePingsInVerifyOrder() {
        // given the seed lab (route-reflector ToR, four pinned blocks, one LoadBalancer CIDR)
        Lab lab = Resolver.resolve(SeedSpecs.seed());
        // when
        List<String> names = lab.checks().stream().map(Check::name).toList();
        // then
        assertThat(names).containsExactly(
                "link ceos01 Ethernet1 (to k01-control-plane)",
                "link ceos01 Ethernet2 (to k01-worker)",
                "link ceos01 Ethernet3 (to k01-worker2)",
                "link ceos01 Ethernet4 (to k01-worker3)",
                "link k01-control-plane eth1 (to ceos01)",
                "link k01-worker eth1 (to ceos01)",
                "link k01-worker2 eth1 (to ceos01)",
                "link k01-worker3 eth1 (to ceos01)",
                "bgp ceos01 <- 10.10.10.10 (k01-control-plane)",
                "bgp ceos01 <- 10.10.10.11 (k01-worker)",
                "bgp ceos01 <- 10.10.10.12 (k01-worker2)",
                "bgp ceos01 <- 10.10.20.20 (k01-worker3)",
                "bgp k01-control-plane -> 10.10.10.1 (ceos01)",
                "bgp k01-worker -> 10.10.10.1 (ceos01)",
                "bgp k01-worker2 -> 10.10.10.1 (ceos01)",
                "bgp k01-worker3 -> 10.10.20.1 (ceos01)",
                "route ceos01 10.10.10.0/24 connected",
                "route ceos01 10.10.20.0/24 connected",
                "route ceos01 192.168.69.0/26 via 10.10.10.10",
                "route ceos01 192.168.42.192/26 via 10.10.10.11",
                "route ceos01 192.168.88.192/26 via 10.10.10.12",
                "route ceos01 192.168.46.128/26 via 10.10.20.20",
                "route ceos01 172.16.0.240/28 via one of 10.10.10.10, 10.10.10.11, 10.10.10.12, 10.10.20.20",
                "route k01-control-plane 192.168.42.192/26 via 10.10.10.1",
                "route k01-control-plane 192.168.88.192/26 via 10.10.10.1",
                "route k01-control-plane 192.168.46.128/26 via 10.10.10.1",
                "route k01-control-plane 192.168.69.0/26 blackhole",
                "route k01-worker 192.168.69.0/26 via 10.10.10.1",
                "route k01-worker 192.168.88.192/26 via 10.10.10.1",
                "route k01-worker 192.168.46.128/26 via 10.10.10.1",
                "route k01-worker 192.168.42.192/26 blackhole",
                "route k01-worker2 192.168.69.0/26 via 10.10.10.1",
                "route k01-worker2 192.168.42.192/26 via 10.10.10.1",
                "route k01-worker2 192.168.46.128/26 via 10.10.10.1",
                "route k01-worker2 192.168.88.192/26 blackhole",
                "route k01-worker3 192.168.69.0/26 via 10.10.20.1",
                "route k01-worker3 192.168.42.192/26 via 10.10.20.1",
                "route k01-worker3 192.168.88.192/26 via 10.10.20.1",
                "route k01-worker3 192.168.46.128/26 blackhole",
                "community ceos01 192.168.69.0/26 (k01-control-plane)",
                "community ceos01 192.168.42.192/26 (k01-worker)",
                "community ceos01 192.168.88.192/26 (k01-worker2)",
                "community ceos01 192.168.46.128/26 (k01-worker3)",
                "mtu ceos01 Vlan10 9124",
                "mtu ceos01 Ethernet1 9124",
                "mtu ceos01 Ethernet2 9124",
                "mtu ceos01 Ethernet3 9124",
                "mtu ceos01 Vlan20 9124",
                "mtu ceos01 Ethernet4 9124",
                "mtu k01-control-plane eth1 9000",
                "mtu k01-worker eth1 9000",
                "mtu k01-worker2 eth1 9000",
                "mtu k01-worker3 eth1 9000",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61",
                "ping ceos01 -> multitool-1@k01-worker ttl 63",
                "ping ceos01 -> multitool-1@k01-worker3 ttl 63");
        assertThat(names).doesNotHaveDuplicates();
        assertThat(lab.checks()).filteredOn(BgpSessionCheck.class::isInstance).map(Check::expected)
                .containsOnly("Established, 2 prefixes received", "Established");
    }

    @Test
    void ebgpSelectivePeeringChecksTheUnpairedNodesHaveNoSessionAndNoPodRouteReachesTheTor() {
        // given an eBGP lab where only two labelled workers peer and the pool does not export
        Lab lab = Resolver.resolve(SeedSpecs.selectivePeering());
        // when
        List<String> names = lab.checks().stream().map(Check::name).toList();
        // then
        assertThat(names).contains(
                "bgp ceos01 <- 10.10.10.11 (k01-worker)",
                "no bgp ceos01 <- 10.10.10.10 (k01-control-plane)",
                "no bgp ceos01 <- 10.10.10.13 (k01-worker3)",
                "no route ceos01 within 192.168.0.0/16 (pool default-ipv4-ippool not exported)",
                "route k01-worker 192.168.0.0/26 via 10.10.10.10 dev eth1 onlink",
                "route k01-worker 192.168.0.64/26 blackhole",
                "mtu k01-worker vxlan.calico 1450",
                "address k01-worker vxlan.calico in 192.168.0.64/26",
                "ping multitool-1@k01-worker -> multitool-1@k01-control-plane ttl 62");
        // VXLAN's blackholes are Felix's, one per node; BGP gives no routes here (eBGP, nothing exported)
        assertThat(names).filteredOn(n -> n.contains("blackhole")).hasSize(lab.cluster().nodes().size());
        assertThat(names).noneMatch(n -> n.startsWith("route k01") && n.endsWith(" via 10.10.10.1"));
    }

    @Test
    void anAuthorPingReplacesTheDerivedOneInPlaceAndKeepsItsTtlWhenItGivesNone() {
        // given the seed without its expect: section, then with one entry that only says "no reply"
        LabSpec seed = SeedSpecs.seed();
        Lab derivedOnly = Resolver.resolve(withExpect(seed, null));
        Lab authored = Resolver.resolve(withExpect(seed, ExpectSpec.pings(null, List.of(
                new PingExpectSpec("ceos01", "multitool-1@k01-worker", null, null),
                new PingExpectSpec("multitool-1@k01-worker3", "multitool-1@k01-worker", 61, false)))));
        // when
        List<PingCheck> before = pings(derivedOnly);
        List<PingCheck> after = pings(authored);
        // then the replaced ping stays where it was, keeps ttl 63 and is marked as the author's; the new one comes last
        assertThat(after).hasSize(before.size() + 1);
        int at = before.indexOf(before.stream().filter(p -> p.to().equals("multitool-1@k01-worker") && p.from().equals("ceos01"))
                .findFirst().orElseThrow());
        assertThat(after.get(at)).isEqualTo(new PingCheck("ceos01", "multitool-1@k01-worker", 63, true, false));
        assertThat(after.get(after.size() - 1).name()).isEqualTo("ping multitool-1@k01-worker3 -> multitool-1@k01-worker no reply");
    }

    @Test
    void deriveFalseLeavesOnlyTheAuthorsChecks() {
        // given
        LabSpec spec = withExpect(SeedSpecs.seed(), ExpectSpec.pings(false, List.of(
                new PingExpectSpec("ceos01", "multitool-1@k01-worker", 63, null))));
        // when
        Lab lab = Resolver.resolve(spec);
        // then
        assertThat(lab.checks()).extracting(Check::name).containsExactly("ping ceos01 -> multitool-1@k01-worker ttl 63");
    }

    private static LabSpec withExpect(LabSpec s, ExpectSpec expect) {
        return new LabSpec(s.name(), s.title(), s.tor(), s.cluster(), s.calico(), s.workloads(), expect);
    }

    private static List<PingCheck> pings(Lab lab) {
        return lab.checks().stream().filter(PingCheck.class::isInstance).map(PingCheck.class::cast).toList();
    }

    @Test
    void aToRWithoutBgpGetsNoSessionChecksNoPodRoutesAndSameSubnetPingsOverDirectRoutes() {
        // given labs/04-linux-tor: platform linux, mesh off, no peers, one VXLANCrossSubnet pool
        Lab lab = ReferenceLabs.resolved("04-linux-tor");
        // when
        List<String> names = lab.checks().stream().map(Check::name).toList();
        // then
        assertThat(lab.checks()).noneMatch(BgpSessionCheck.class::isInstance);
        assertThat(names).containsExactly(
                "link tor01 eth1 (to k01-control-plane)",
                "link tor01 eth2 (to k01-worker)",
                "link tor01 eth3 (to k01-worker2)",
                "link k01-control-plane eth1 (to tor01)",
                "link k01-worker eth1 (to tor01)",
                "link k01-worker2 eth1 (to tor01)",
                "route tor01 10.10.10.0/24 connected",
                "no route tor01 within 192.168.0.0/16 (tor01 runs no BGP)",
                "route k01-control-plane 192.168.0.64/26 via 10.10.10.11 dev eth1 onlink",
                "route k01-control-plane 192.168.0.128/26 via 10.10.10.12 dev eth1 onlink",
                "route k01-control-plane 192.168.0.0/26 blackhole",
                "route k01-worker 192.168.0.0/26 via 10.10.10.10 dev eth1 onlink",
                "route k01-worker 192.168.0.128/26 via 10.10.10.12 dev eth1 onlink",
                "route k01-worker 192.168.0.64/26 blackhole",
                "route k01-worker2 192.168.0.0/26 via 10.10.10.10 dev eth1 onlink",
                "route k01-worker2 192.168.0.64/26 via 10.10.10.11 dev eth1 onlink",
                "route k01-worker2 192.168.0.128/26 blackhole",
                "mtu k01-control-plane vxlan.calico 1450",
                "mtu k01-worker vxlan.calico 1450",
                "mtu k01-worker2 vxlan.calico 1450",
                "mtu multitool-1@k01-control-plane eth0 1450",
                "mtu multitool-1@k01-worker eth0 1450",
                "mtu multitool-1@k01-worker2 eth0 1450",
                "address k01-control-plane vxlan.calico in 192.168.0.0/26",
                "address k01-worker vxlan.calico in 192.168.0.64/26",
                "address k01-worker2 vxlan.calico in 192.168.0.128/26",
                "ping multitool-1@k01-worker -> multitool-1@k01-control-plane ttl 62");
    }

    @Test
    void withoutAnyBgpAnIpipCrossSubnetPoolGivesNoDirectRoutesSoNoPingIsDerived() {
        // given the linux lab with its pool switched to IPIPCrossSubnet (validator: W-POOL-NO-ROUTES)
        LabSpec linux = ReferenceLabs.spec("04-linux-tor");
        var c = linux.calico();
        var pool = c.pools().get(0);
        LabSpec ipip = new LabSpec(linux.name(), linux.title(), linux.tor(), linux.cluster(),
                new CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(), c.nodeAddressCidrs(),
                        List.of(new PoolSpec(pool.name(), pool.cidr(), pool.blockSize(), "IPIPCrossSubnet",
                                pool.natOutgoing(), pool.bgpExport(), pool.nodeSelector())),
                        c.loadBalancerIPs(), c.prefixAdvertisements(), c.peers(), c.logSeverity()),
                linux.workloads(), linux.expect());
        // when
        Lab lab = Resolver.resolve(ipip);
        // then
        assertThat(lab.checks()).noneMatch(PingCheck.class::isInstance);
    }

    @Test
    void authorBgpEntriesNamePeersByNameReplaceInPlaceKeepingLeftOutFieldsAndAddAfterTheirType() {
        // given: the ToR must now get 3 prefixes from k01-worker; k01-worker3 must see ceos01 (its VLAN 20
        // gateway, as derived); a session nobody derives (a stray address) must not exist
        LabSpec spec = withExpect(SeedSpecs.seed(), new ExpectSpec(null, null, Map.of(BgpExpectSpec.KEY, List.of(
                new BgpExpectSpec("ceos01", "k01-worker", null, 3, null),
                new BgpExpectSpec("k01-worker3", "ceos01", null, null, null),
                new BgpExpectSpec("ceos01", "10.10.10.99", false, null, null)))));
        List<Check> derived = Resolver.resolve(withExpect(SeedSpecs.seed(), null)).checks();
        // when
        List<Check> checks = Resolver.resolve(spec).checks();
        // then
        int worker = indexOf(derived, "bgp ceos01 <- 10.10.10.11 (k01-worker)");
        assertThat(checks.get(worker)).isEqualTo(
                new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.11", "k01-worker", 65010, 3, true, false));
        int worker3 = indexOf(derived, "bgp k01-worker3 -> 10.10.20.1 (ceos01)");
        assertThat(checks.get(worker3)).isEqualTo(
                new BgpSessionCheck("k01-worker3", Side.NODE, "10.10.20.1", "ceos01", -1, null, true, false));
        int lastBgp = lastIndexOfType(checks, BgpSessionCheck.TYPE);
        assertThat(checks.get(lastBgp).name()).isEqualTo("no bgp ceos01 <- 10.10.10.99 (10.10.10.99)");
        assertThat(checks).hasSize(derived.size() + 1);
    }

    @Test
    void authorRoutesReplaceBySameTableAndPrefixAndNewOnesFollowTheRoutes() {
        // given: k01-worker's route to worker3's block via another hop, and a blackhole nobody derives
        LabSpec spec = withExpect(SeedSpecs.seed(), new ExpectSpec(null, null, Map.of(RouteExpectSpec.KEY, List.of(
                new RouteExpectSpec("k01-worker", "192.168.46.128/26", null, List.of("10.10.10.2"), null),
                new RouteExpectSpec("ceos01", "10.99.0.0/16", "none-within", null, "nothing there")))));
        List<Check> derived = Resolver.resolve(withExpect(SeedSpecs.seed(), null)).checks();
        // when
        List<Check> checks = Resolver.resolve(spec).checks();
        // then
        assertThat(checks.get(indexOf(derived, "route k01-worker 192.168.46.128/26 via 10.10.10.1")).name())
                .isEqualTo("route k01-worker 192.168.46.128/26 via 10.10.10.2");
        assertThat(checks.get(lastIndexOfType(checks, RouteCheck.TYPE)).name())
                .isEqualTo("no route ceos01 within 10.99.0.0/16 (nothing there)");
        assertThat(checks.get(lastIndexOfType(checks, RouteCheck.TYPE) + 1)).isInstanceOf(CommunityCheck.class);
    }

    @Test
    void removeDropsDerivedChecksByExactNameAndAnEntryMayThenAddItBack() {
        // given
        String session = "bgp ceos01 <- 10.10.10.11 (k01-worker)";
        String lbRoute = "route ceos01 172.16.0.240/28 via one of 10.10.10.10, 10.10.10.11, 10.10.10.12, 10.10.20.20";
        LabSpec spec = withExpect(SeedSpecs.seed(), new ExpectSpec(null, List.of(session, lbRoute),
                Map.of(BgpExpectSpec.KEY, List.of(new BgpExpectSpec("ceos01", "k01-worker", null, null, null)))));
        // when
        List<Check> checks = Resolver.resolve(spec).checks();
        // then: the LB route is gone; the session is back as the author's, completed from the derived one
        assertThat(checks).extracting(Check::name).doesNotContain(lbRoute);
        assertThat(checks).filteredOn(c -> c.name().equals(session)).singleElement()
                .isEqualTo(new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.11", "k01-worker", 65010, 2, true, false));
    }

    @Test
    void anAuthorLinkEntryMayExpectAPortDownInPlaceAndNamesWhoIsAtTheOtherEnd() {
        // given the seed with k01-worker's port expected down and a node's second interface expected up
        LabSpec spec = withExpect(SeedSpecs.seed(), new ExpectSpec(null, null, Map.of(LinkExpectSpec.KEY, List.of(
                new LinkExpectSpec("ceos01", "Ethernet2", "down"), new LinkExpectSpec("k01-worker", "eth9", null)))));
        // when
        List<Check> checks = Resolver.resolve(spec).checks();
        // then: the port's check is replaced where it was; the new one follows the links
        assertThat(checks.get(1)).isEqualTo(new LinkCheck("ceos01", Side.TOR, "Ethernet2", "k01-worker", false, false));
        assertThat(checks.get(1).expected()).isEqualTo("DOWN");
        assertThat(checks.get(8)).isEqualTo(new LinkCheck("k01-worker", Side.NODE, "eth9", null, true, false));
        assertThat(checks.get(9)).isInstanceOf(BgpSessionCheck.class);
    }

    private static int indexOf(List<Check> checks, String name) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no check named " + name);
    }

    private static int lastIndexOfType(List<Check> checks, String type) {
        int last = -1;
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).type().equals(type)) {
                last = i;
            }
        }
        return last;
    }
}
