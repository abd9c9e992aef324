package dev.labforge.rendered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.check.PlanFormatException;
import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.testing.SeedSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderedPlanTest {

    private static String planOf(Lab lab) {
        return Renderer.render(lab, TemplateCatalog.builtIn()).stream().filter(f -> f.path().equals(RenderedPaths.PLAN))
                .map(RenderedFile::content).findFirst().orElseThrow();
    }

    @Test
    void theRenderedPlanReadsBackAsTheResolvedChecksBlocksAndPods() {
        // given
        Lab lab = Resolver.resolve(SeedSpecs.seed());
        // when
        RenderedPlan plan = RenderedPlan.parse(planOf(lab));
        // then every check comes back equal, in order
        assertThat(plan.checks()).isEqualTo(lab.checks());
        assertThat(plan.lab()).isEqualTo("calico-bgp-lb");
        assertThat(plan.tor()).contains(new RenderedPlan.Tor("ceos01", "ceos"));
        assertThat(plan.network()).isEmpty();
        assertThat(plan.blocksOf("k01-worker")).containsExactly("192.168.42.192/26");
        assertThat(plan.pod("multitool-1@k01-worker3").ip()).isEqualTo("192.168.46.129");
    }

    @Test
    void aLabWithoutAToRReadsBackItsFlatNetworkAndNodeAddresses() {
        // given
        Lab lab = Resolver.resolve(dev.labforge.testing.FlatSpecs.podRouting());
        // when
        RenderedPlan plan = RenderedPlan.parse(planOf(lab));
        // then
        assertThat(plan.tor()).isEmpty();
        assertThat(plan.network()).hasValueSatisfying(n -> {
            assertThat(n).extracting(RenderedPlan.Network::name, RenderedPlan.Network::subnet, RenderedPlan.Network::gateway)
                    .containsExactly("kind", "172.18.0.0/16", "172.18.0.1");
            assertThat(n.nodes()).containsExactly(new RenderedPlan.NodeAddress("pod-routing-control-plane", "172.18.0.2"),
                    new RenderedPlan.NodeAddress("pod-routing-worker", "172.18.0.3"),
                    new RenderedPlan.NodeAddress("pod-routing-worker2", "172.18.0.4"));
        });
        assertThat(plan.checks()).isEqualTo(lab.checks());
    }

    @Test
    void aPlanWithNeitherOrBothOfAToRAndANetworkIsRefused() {
        assertThatThrownBy(() -> RenderedPlan.parse("lab: x\nblocks: []\npods: []\nchecks: []\n"))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("neither a ToR");
        assertThatThrownBy(() -> RenderedPlan.parse("lab: x\ntor: t\ntorPlatform: frr\nnetwork: {name: kind, subnet: 172.18.0.0/16,"
                + " gateway: 172.18.0.1}\nnodes: []\nchecks: []\n")).isInstanceOf(PlanFormatException.class).hasMessageContaining("both");
    }

    @Test
    void anEbgpLabWithAbsencesAlsoRoundTrips() {
        Lab lab = Resolver.resolve(SeedSpecs.selectivePeering());

        RenderedPlan plan = RenderedPlan.parse(planOf(lab));

        assertThat(plan.checks()).isEqualTo(lab.checks());
    }

    @Test
    void overlayAndMtuChecksRoundTripWithEveryOptionalField() {
        // given the seed with authored checks of the overlay and MTU kinds, every optional field set
        var seed = SeedSpecs.seed();
        var expect = new dev.labforge.spec.ExpectSpec(null, null, java.util.Map.of(
                dev.labforge.spec.RouteExpectSpec.KEY, java.util.List.of(new dev.labforge.spec.RouteExpectSpec("k01-worker",
                        "192.168.46.128/26", null, java.util.List.of("192.168.46.128"), null, "vxlan.calico", true)),
                dev.labforge.spec.MtuExpectSpec.KEY, java.util.List.of(
                        new dev.labforge.spec.MtuExpectSpec("multitool-1@k01-worker", "eth0", 1450)),
                dev.labforge.spec.AddressExpectSpec.KEY, java.util.List.of(
                        new dev.labforge.spec.AddressExpectSpec("ceos01", "Vlan10", "10.10.10.1/32")),
                dev.labforge.spec.PingExpectSpec.KEY, java.util.List.of(
                        new dev.labforge.spec.PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", null, null, 8900,
                                true, "message too long, mtu=1450"),
                        new dev.labforge.spec.PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, null, 1400,
                                true, null))));
        Lab lab = Resolver.resolve(new dev.labforge.spec.LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(), seed.calico(),
                seed.workloads(), expect));
        // when
        RenderedPlan plan = RenderedPlan.parse(planOf(lab));
        // then
        assertThat(plan.checks()).isEqualTo(lab.checks());
        assertThat(plan.checks()).extracting(dev.labforge.check.Check::name).contains(
                "route k01-worker 192.168.46.128/26 via 192.168.46.128 dev vxlan.calico onlink",
                "mtu multitool-1@k01-worker eth0 1450",
                "address ceos01 Vlan10 in 10.10.10.1/32",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 size 8900 df fails: message too long, mtu=1450",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 size 1400 df ttl 61");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type|{type: traceroute, from: a, to: b}|labforge/plan.yaml: checks[0] (traceroute): type 'traceroute' is not a check type this labforge knows (link, bgp, route, community, mtu, address, ping, pod-address); re-render the lab with this labforge",
            "missing field|{type: route, on: ceos01, side: tor, kind: connected}|labforge/plan.yaml: checks[0] (route): prefix is missing or not a single value",
            "bad kind|{type: route, on: ceos01, side: tor, prefix: 10.0.0.0/8, kind: sideways}|labforge/plan.yaml: checks[0] (route): kind 'sideways' is not one of via, connected, blackhole, none-within",
            "via without hops|{type: route, on: ceos01, side: tor, prefix: 10.0.0.0/8, kind: via}|labforge/plan.yaml: checks[0] (route): kind via needs a non-empty via list",
            "bad side|{type: bgp, on: ceos01, side: left, peer: 10.0.0.1, peerName: n}|labforge/plan.yaml: checks[0] (bgp): side 'left' is not tor, node or pod",
            "ttl not a number|{type: ping, from: a, to: b, ttl: high}|labforge/plan.yaml: checks[0] (ping): ttl must be a whole number, not 'high'",
            "error with a reply|{type: ping, from: a, to: b, reachable: true, error: boom}|labforge/plan.yaml: checks[0] (ping): error 'boom' needs reachable: false",
            "dev on a blackhole|{type: route, on: n, side: node, prefix: 10.0.0.0/8, kind: blackhole, dev: eth1}|labforge/plan.yaml: checks[0] (route): dev and onlink belong to kind via only",
            "mtu without a value|{type: mtu, on: n, side: node, interface: eth1}|labforge/plan.yaml: checks[0] (mtu): mtu is missing",
            "address without interface|{type: address, on: n, side: pod, within: 10.0.0.0/8}|labforge/plan.yaml: checks[0] (address): interface is missing or not a single value",
            "link in no state|{type: link, on: n, side: node, interface: eth1, state: flapping}|labforge/plan.yaml: checks[0] (link): state 'flapping' is not up or down",
            "link without interface|{type: link, on: n, side: node, state: up}|labforge/plan.yaml: checks[0] (link): interface is missing or not a single value",
            "entry not a mapping|just-text|labforge/plan.yaml: checks[0] must be a mapping"})
    void aDamagedCheckEntryIsNamedWithWhatIsWrong(String name, String entry, String message) {
        // given
        String text = "lab: x\ntor: t\ntorPlatform: frr\nblocks: []\npods: []\nchecks:\n  - " + entry + "\n";
        // when / then
        assertThatThrownBy(() -> RenderedPlan.parse(text)).isInstanceOf(PlanFormatException.class).hasMessage(message);
    }

    @Test
    void aPlanWithoutThePlatformSaysSoInsteadOfGuessing() {
        assertThatThrownBy(() -> RenderedPlan.parse("lab: x\ntor: t\nchecks: []\n"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessage("labforge/plan.yaml: torPlatform is missing or not a single value");
    }

    @Test
    void aMissingPlanFileNamesThePathAndTheFix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThatThrownBy(() -> RenderedPlan.read(dir))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining(dir.resolve("labforge/plan.yaml").toString())
                .hasMessageContaining("re-render the lab");
    }
}
