package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.net.IpFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * labs/10-calico-bgp-ippool-dualstack's rendered files as the netns runtime reads them: BIRD6's config as confd
 * renders bird6.cfg, and the cEOS config's address-family ipv6 translated for FRR.
 */
class DualStackBirdAndEosTest {
    private static final Path GOLDEN = Path.of("../generator/src/test/resources/golden/10-calico-bgp-ippool-dualstack");
    private static final NodeFacts WORKER6 = new NodeFacts("k01-worker", "fd00:10:10::11", Map.of("vlan", "10"),
            List.of("fd00:10:244::40/122"));
    private static final NodeFacts WORKER3_6 = new NodeFacts("k01-worker3", "fd00:10:20::20", Map.of("vlan", "20"),
            List.of("fd00:10:244::c0/122"));

    private final CalicoResources calico = CalicoResources.read(GOLDEN);

    @Test
    void bird6PeersWithItsVlansIpv6GatewayFromItsIpv6AddressAndKeepsTheIpv4RouterId() {
        // when
        String conf = CalicoBirdConfig.render6(calico.family(IpFamily.IPV6), WORKER6, List.of(WORKER6, WORKER3_6), "10.10.10.11");
        // then
        assertThat(conf).startsWith("# BIRD6 1.6 configuration of Calico node k01-worker").contains("router id 10.10.10.11;",
                "protocol bgp Node_fd00_10_10__1 from bgp_template {", "  neighbor fd00:10:10::1 as 65010;",
                "  source address fd00:10:10::11;", "  route fd00:10:244::40/122 blackhole;",
                "  if ( net ~ fd00:10:244::/56 ) then { accept; }");
        // and nothing of the other family or the other VLAN's peer
        assertThat(conf).doesNotContain("192.168.", "10.10.10.1 as", "fd00:10:20::1");
    }

    @Test
    void birdOfTheSameNodeSeesTheIpv4ResourcesOnly() {
        // given
        NodeFacts worker = new NodeFacts("k01-worker", "10.10.10.11", Map.of("vlan", "10"), List.of("192.168.42.192/26"));
        // when
        String conf = CalicoBirdConfig.render(calico.family(IpFamily.IPV4), worker, List.of(worker));
        // then
        assertThat(conf).contains("neighbor 10.10.10.1 as 65010;").doesNotContain("fd00:");
    }

    @Test
    void bird6RefusesAnIpv4RouterIdThatIsNot() {
        assertThatThrownBy(() -> CalicoBirdConfig.render6(calico.family(IpFamily.IPV6), WORKER6, List.of(WORKER6), "fd00::1"))
                .isInstanceOf(NetnsConfigException.class).hasMessageContaining("router id 'fd00::1' is not an IPv4 address");
    }

    @Test
    void theEosIpv6PeerGroupBecomesAnFrrGroupActiveInIpv6UnicastOnly() throws Exception {
        // given
        String eos = Files.readString(GOLDEN.resolve("startup-configs/ceos01-startup-config.cfg"));
        // when
        RouterSetup setup = EosToFrr.translate(eos, "calico-bgp-dual");
        // then
        String frr = setup.frrConf();
        assertThat(frr).contains("ipv6 forwarding\n", "bgp listen range fd00:10:10::/64 peer-group CALICO-K8S-V6\n");
        String v4 = frr.substring(frr.indexOf(" address-family ipv4 unicast"), frr.indexOf(" address-family ipv6 unicast"));
        String v6 = frr.substring(frr.indexOf(" address-family ipv6 unicast"));
        assertThat(v4).contains("  neighbor CALICO-K8S activate\n", "  no neighbor CALICO-K8S-V6 activate\n");
        assertThat(v6).contains("  network fd00:10:10::/64\n", "  neighbor CALICO-K8S-V6 activate\n",
                "  neighbor CALICO-K8S-V6 route-reflector-client\n", "  neighbor CALICO-K8S-V6 next-hop-self force\n")
                .doesNotContain("neighbor CALICO-K8S activate");
        assertThat(setup.vlans()).extracting(VlanSetup::svi6Cidr).containsExactly("fd00:10:10::1/64", "fd00:10:20::1/64");
    }

    @Test
    void anIpv4NetworkInAddressFamilyIpv6NamesTheLine() {
        // given
        String eos = "hostname t\nrouter bgp 65010\n   address-family ipv6\n      network 10.10.10.0/24\nend\n";
        // then
        assertThatThrownBy(() -> EosToFrr.translate(eos, "x")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("EOS config line 4").hasMessageContaining("a network of the other family");
    }
}
