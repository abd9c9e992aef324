package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void routeReflectorSeedLab() {
        // given
        var lab = TestLabs.seed();
        // when
        List<String> names = Probes.forLab(lab).stream().map(Probe::name).toList();
        // then
        assertThat(names).containsExactly(
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
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61",
                "ping ceos01 -> multitool-1@k01-worker ttl 63",
                "ping ceos01 -> multitool-1@k01-worker3 ttl 63");
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void seedToRExpectsOneBlockAndTheLoadBalancerRangeFromEachNode() {
        // given
        var lab = TestLabs.seed();
        // when
        List<TorSessionProbe> sessions = Probes.forLab(lab).stream()
                .filter(TorSessionProbe.class::isInstance).map(TorSessionProbe.class::cast).toList();
        // then
        assertThat(sessions).extracting(TorSessionProbe::prefixes).containsOnly(2);
        assertThat(sessions).extracting(TorSessionProbe::expected).containsOnly("Established, 2 prefixes received");
        assertThat(sessions).extracting(TorSessionProbe::nodeAs).containsOnly(65010L);
    }

    @Test
    void ebgpLabWithoutExportAndAnUnpairedNode() {
        // given
        var lab = TestLabs.ebgp();
        // when
        List<Probe> probes = Probes.forLab(lab);
        // then
        assertThat(probes).extracting(Probe::name).containsExactly(
                "bgp tor01 <- 10.10.10.11 (k01-worker)",
                "bgp tor01 <- 10.10.20.20 (k01-worker2)",
                "no bgp tor01 <- 10.10.10.10 (k01-control-plane)",
                "bgp k01-worker -> 10.10.10.1 (tor01)",
                "bgp k01-worker2 -> 10.10.20.1 (tor01)",
                "route tor01 10.10.10.0/24 connected",
                "route tor01 10.10.20.0/24 connected",
                "route tor01 172.16.0.240/28 via one of 10.10.10.11, 10.10.20.20",
                "no route tor01 within 192.168.0.0/17 (pool vxlan-pool not exported)",
                "route k01-control-plane 192.168.1.64/26 via 10.10.10.11",
                "route k01-worker 192.168.1.0/26 via 10.10.10.10",
                "ping tor01 -> nginx@k01-worker no reply");
        assertThat(probes).filteredOn(TorSessionProbe.class::isInstance)
                .extracting(Probe::expected).containsOnly("Established, 1 prefixes received");
    }

    @Test
    void seedChecksAllPassOnAHealthyFakeLab() {
        // given: the seed lab's ToR and node tables as the emulation produces them
        var lab = TestLabs.seed();
        FakeTarget t = new FakeTarget();
        lab.cluster().nodes().forEach(n -> t.torPeers = append(t.torPeers, FakeTarget.peer(n.ip(), "Established", 2)));
        t.torRoutes = List.of(
                new RouteEntry("10.10.10.0/24", "unicast", "connected", List.of(), "br10"),
                new RouteEntry("10.10.20.0/24", "unicast", "connected", List.of(), "br20"),
                FakeTarget.via("192.168.69.0/26", "10.10.10.10"), FakeTarget.via("192.168.42.192/26", "10.10.10.11"),
                FakeTarget.via("192.168.88.192/26", "10.10.10.12"), FakeTarget.via("192.168.46.128/26", "10.10.20.20"),
                FakeTarget.via("172.16.0.240/28", "10.10.10.10"));
        for (var n : lab.cluster().nodes()) {
            t.nodePeers.put(n.name(), List.of(new BgpPeerState(n.gateway(), 65010, "Established", 4, "", "Node_" + n.gateway().replace('.', '_'))));
            List<RouteEntry> routes = lab.cluster().nodes().stream()
                    .map(o -> o == n ? new RouteEntry(o.blocks().get(0).cidr(), "blackhole", "bird", List.of(), "")
                            : FakeTarget.via(o.blocks().get(0).cidr(), n.gateway()))
                    .toList();
            t.nodeRoutes.put(n.name(), routes);
        }
        t.addresses.put("multitool-1@k01-worker", "192.168.42.193");
        t.addresses.put("multitool-1@k01-worker3", "192.168.46.129");
        t.pingResult = new PingResult("x", 3, 3, List.of(61, 61, 61), "");
        // when
        List<ProbeResult> results = Probes.forLab(lab).stream().filter(p -> !(p instanceof PingProbe)).map(p -> p.check(t)).toList();
        // then
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ProbeResult.Passed.class));
    }

    private static <T> List<T> append(List<T> list, T item) {
        var copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
