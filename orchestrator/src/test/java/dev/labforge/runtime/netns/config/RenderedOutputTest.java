package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The translators accept what `lab render` writes (copies of the generator's golden output under netnscfg/rendered). */
class RenderedOutputTest {
    private static final Path SEED = Path.of("src/test/resources/netnscfg/rendered/10-calico-bgp-ippool");
    private static final Path SEED_FRR = Path.of("src/test/resources/netnscfg/rendered/seed-frr");

    @TempDir
    Path tmp;

    @Test
    void renderedCalicoResourcesReadLikeTheHandWrittenSeedFixture() {
        // when
        CalicoResources rendered = CalicoResources.read(SEED);
        CalicoResources fixture = CalicoResources.read(LabFixtures.SEED_DIR);
        // then: the same resources apart from the BGPPeer names
        assertThat(rendered.asNumber()).isEqualTo(fixture.asNumber());
        assertThat(rendered.nodeToNodeMesh()).isEqualTo(fixture.nodeToNodeMesh());
        assertThat(rendered.serviceLoadBalancerIPs()).isEqualTo(fixture.serviceLoadBalancerIPs());
        assertThat(rendered.prefixAdvertisements()).isEqualTo(fixture.prefixAdvertisements());
        assertThat(rendered.pools()).isEqualTo(fixture.pools());
        assertThat(rendered.peers()).extracting(PeerDef::peerIP, PeerDef::asNumber, PeerDef::nodeSelector)
                .isEqualTo(fixture.peers().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.peerIP(), p.asNumber(),
                        p.nodeSelector())).toList());
    }

    @Test
    void renderedEosConfigTranslatesToTheSeedToR() throws Exception {
        // when
        RouterSetup setup = EosToFrr.translate(Files.readString(SEED.resolve("startup-configs/ceos01-startup-config.cfg")), "calico-bgp-lb");
        // then
        assertThat(setup.vlans()).containsExactly(
                new VlanSetup(10, "10.10.10.1/24", 9124, List.of("eth1", "eth2", "eth3")),
                new VlanSetup(20, "10.10.20.1/24", 9124, List.of("eth4")));
        assertThat(setup.frrConf()).contains(" neighbor CALICO-K8S remote-as 65010\n",
                "  neighbor CALICO-K8S next-hop-self force\n", "  maximum-paths ibgp 1\n");
        assumeTrue(FrrCheck.available(), FrrCheck.unavailableReason());
        assertThat(FrrCheck.problems(setup.frrConf(), tmp)).isEmpty();
    }

    @Test
    void renderedFrrToRBuildsItsVlansFromTheTopologyExecLines() throws Exception {
        // given
        String frrConf = Files.readString(SEED_FRR.resolve("startup-configs/ceos01/frr.conf"));
        // when
        RouterSetup setup = FrrToRSetup.fromFrr(frrConf, execLines(SEED_FRR.resolve("topology.clab.yaml"), "ceos01"));
        // then
        assertThat(setup.frrConf()).isEqualTo(frrConf);
        assertThat(setup.vlans()).containsExactly(
                new VlanSetup(10, "10.10.10.1/24", 9124, List.of("eth1", "eth2", "eth3")),
                new VlanSetup(20, "10.10.20.1/24", 9124, List.of("eth4")));
        assertThat(setup.warnings()).isEmpty();
        assumeTrue(FrrCheck.available(), FrrCheck.unavailableReason());
        assertThat(FrrCheck.problems(frrConf, tmp)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> execLines(Path topology, String node) throws Exception {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(topology));
        Map<String, Object> nodes = (Map<String, Object>) ((Map<String, Object>) doc.get("topology")).get("nodes");
        return (List<String>) ((Map<String, Object>) nodes.get(node)).get("exec");
    }
}
