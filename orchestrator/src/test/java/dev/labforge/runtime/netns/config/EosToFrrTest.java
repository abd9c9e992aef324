package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EosToFrrTest {
    private static final Path EOS = Path.of("src/test/resources/netnscfg/eos");

    @TempDir
    Path tmp;

    private static String eos(String name) throws Exception {
        return Files.readString(EOS.resolve(name));
    }

    @Test
    void seedConfigMatchesGoldenFrrConf() throws Exception {
        // when
        RouterSetup setup = EosToFrr.translate(eos("seed-ceos01-startup-config.cfg"), "calico-bgp-lb");
        // then
        Golden.assertMatches("frr/seed-ceos01-frr.conf", setup.frrConf());
        assertThat(setup.vlans()).containsExactly(
                new VlanSetup(10, "10.10.10.1/24", 9124, List.of("eth1", "eth2", "eth3")),
                new VlanSetup(20, "10.10.20.1/24", 9124, List.of("eth4")));
        assertThat(setup.warnings()).containsExactly(
                "line 47: Management0 is the management interface, not emulated",
                "line 51: user accounts are not emulated (`username ...`)",
                "line 53: `management api http-commands` is management plane, not emulated");
    }

    @Test
    void ebgpConfigMatchesGoldenFrrConf() throws Exception {
        // when
        RouterSetup setup = EosToFrr.translate(eos("ebgp-ceos01-startup-config.cfg"), "calico-bgp-lb");
        // then
        Golden.assertMatches("frr/ebgp-ceos01-frr.conf", setup.frrConf());
        assertThat(setup.vlans()).containsExactly(new VlanSetup(10, "10.10.10.1/24", 0, List.of("eth1", "eth2", "eth3")));
    }

    @Test
    void peerGroupComesBeforeListenRangesAndGetsTheirRemoteAs() throws Exception {
        // when: the EOS config lists the listen range first and has no `neighbor PG remote-as`
        String frr = EosToFrr.translate(eos("seed-ceos01-startup-config.cfg"), "calico-bgp-lb").frrConf();
        // then
        assertThat(frr).containsSubsequence(" neighbor CALICO-K8S peer-group\n", " neighbor CALICO-K8S remote-as 65010\n",
                " bgp listen range 10.10.10.0/24 peer-group CALICO-K8S\n",
                " bgp listen range 10.10.20.0/24 peer-group CALICO-K8S\n");
    }

    @Test
    void eosBehaviourIsSpelledOutForFrr() throws Exception {
        // when
        String frr = EosToFrr.translate(eos("seed-ceos01-startup-config.cfg"), "calico-bgp-lb").frrConf();
        // then
        String af = frr.substring(frr.indexOf(" address-family ipv4 unicast"), frr.indexOf(" exit-address-family"));
        assertThat(af).contains("  neighbor CALICO-K8S route-reflector-client\n", "  neighbor CALICO-K8S next-hop-self force\n",
                "  maximum-paths 1\n", "  maximum-paths ibgp 1\n", "  network 10.10.10.0/24\n", "  network 10.10.20.0/24\n");
        assertThat(frr).contains(" no bgp ebgp-requires-policy\n", " bgp router-id 10.10.10.1\n", "ip forwarding\n",
                "interface br10\n", "interface br20\n");
    }

    @Test
    void communitiesAreSentOnlyWhereEosSaysSo() {
        // given
        String base = "router bgp 65010\n   neighbor A peer group\n   neighbor A remote-as 65010\n"
                + "   neighbor B peer group\n   neighbor B remote-as 65010\n   neighbor C peer group\n   neighbor C remote-as 65010\n";
        // when
        String frr = EosToFrr.translate(base + "   neighbor B send-community\n   neighbor C send-community standard large\n", "calico-bgp-lb")
                .frrConf();
        // then
        assertThat(frr).contains("  no neighbor A send-community all\n", "  no neighbor C send-community extended\n")
                .doesNotContain("neighbor B send-community", "neighbor C send-community standard", "neighbor C send-community large");
    }

    @Test
    void badSendCommunityKindIsAnError() {
        assertThatThrownBy(() -> EosToFrr.translate("router bgp 65010\n   neighbor A peer group\n   neighbor A send-community all\n", "calico-bgp-lb"))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 3").hasMessageContaining("send-community [standard] [extended] [large]");
    }

    @Test
    void explicitMaximumPathsIsKept() {
        // given
        String config = "hostname t\nvlan 10\ninterface Vlan10\n   ip address 10.0.0.1/24\nip routing\nrouter bgp 65010\n"
                + "   maximum-paths 4 ecmp 4\n   neighbor PG peer group\n   neighbor PG remote-as 65010\n";
        // when
        String frr = EosToFrr.translate(config, "calico-bgp-lb").frrConf();
        // then
        assertThat(frr).contains("  maximum-paths 4\n  maximum-paths ibgp 4\n");
    }

    @Test
    void unknownLineIsAnErrorNamingLineNumberAndText() {
        // given
        String config = "hostname t\n!\nvlan 10\n   name A\ninterface Ethernet1\n   switchport mode trunk\n";
        // when / then
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 6")
                .hasMessageContaining("`switchport mode trunk`")
                .hasMessageContaining("not emulated by the netns runtime");
    }

    @Test
    void unknownTopLevelCommandIsAnError() {
        assertThatThrownBy(() -> EosToFrr.translate("hostname t\nspanning-tree mode mstp\n", "calico-bgp-lb"))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("EOS config line 2: `spanning-tree mode mstp` is not emulated by the netns runtime");
    }

    @Test
    void unsupportedBgpStatementIsAnError() {
        String config = "router bgp 65010\n   neighbor PG peer group\n   neighbor PG remote-as 65010\n"
                + "   address-family ipv4\n      neighbor PG route-map X in\n";
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 5: `neighbor PG route-map X in` is not emulated");
    }

    @Test
    void accessPortInUndefinedVlanIsAnError() {
        String config = "vlan 10\ninterface Ethernet1\n   switchport access vlan 30\n";
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("Ethernet1 is an access port of VLAN 30, which has no `vlan 30` definition");
    }

    @Test
    void listenRangeWithoutPeerGroupIsAnError() {
        String config = "router bgp 65010\n   bgp listen range 10.10.10.0/24 peer-group NODES remote-as 65010\n";
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("peer group NODES is not defined");
    }

    @Test
    void conflictingRemoteAsIsRefused() {
        String config = "router bgp 65001\n   neighbor PG peer group\n   neighbor PG remote-as 65010\n"
                + "   bgp listen range 10.10.10.0/24 peer-group PG remote-as 65020\n";
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("remote-as 65020 differs from peer group PG's remote-as 65010");
    }

    @Test
    void badSviAddressIsAnError() {
        String config = "vlan 10\ninterface Vlan10\n   ip address 10.10.10.300/24\n";
        assertThatThrownBy(() -> EosToFrr.translate(config, "calico-bgp-lb")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("line 3").hasMessageContaining("larger than 255");
    }

    @Test
    void missingIpRoutingTurnsForwardingOffAndWarns() {
        // when
        RouterSetup setup = EosToFrr.translate("hostname t\nvlan 10\n", "calico-bgp-lb");
        // then
        assertThat(setup.frrConf()).contains("no ip forwarding\n");
        assertThat(setup.warnings()).anySatisfy(w -> assertThat(w).contains("no `ip routing`"));
    }

    @Test
    void realFrrAcceptsTheTranslatedConfigs() throws Exception {
        assumeTrue(FrrCheck.available(), FrrCheck.unavailableReason());
        for (String name : List.of("seed-ceos01-startup-config.cfg", "ebgp-ceos01-startup-config.cfg")) {
            // when
            String frr = EosToFrr.translate(eos(name), "calico-bgp-lb").frrConf();
            // then
            Path dir = Files.createDirectories(tmp.resolve(name));
            assertThat(FrrCheck.problems(frr, dir)).as("FRR check of the translation of %s", name).isEmpty();
        }
    }

    @Test
    void theFrrCheckCatchesAListenRangeBeforeItsPeerGroup() throws Exception {
        assumeTrue(FrrCheck.available(), FrrCheck.unavailableReason());
        // given: the order FRR silently mishandles
        String frr = "router bgp 65010\n bgp listen range 10.10.10.0/24 peer-group NODES\n neighbor NODES peer-group\n"
                + " neighbor NODES remote-as 65010\nexit\n";
        // when
        List<String> problems = FrrCheck.problems(frr, tmp);
        // then
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Config Failed").contains("bgp listen range"));
    }

    @Test
    void aPeerGroupMayBeDefinedAfterItsFirstUseAsEosAllows() {
        // given
        String config = "router bgp 65010\n   neighbor PG remote-as 65010\n   neighbor PG peer group\n"
                + "   bgp listen range 10.10.10.0/24 peer-group PG remote-as 65010\n";

        // when
        String frr = EosToFrr.translate(config, "calico-bgp-lb").frrConf();

        // then
        assertThat(frr).containsSubsequence(" neighbor PG peer-group\n", " neighbor PG remote-as 65010\n",
                " bgp listen range 10.10.10.0/24 peer-group PG\n");
        assertThatThrownBy(() -> EosToFrr.translate(config + "   neighbor PG peer group\n", "x"))
                .isInstanceOf(NetnsConfigException.class).hasMessageContaining("line 5")
                .hasMessageContaining("peer group PG is already defined on line 3");
    }

    @Test
    void dualStackConfigKeepsIpv6SvisLoopbackAndStaticRoutesOfBothFamilies() {
        // given lab 14's cEOS config, in short
        String eos = """
                hostname ceos01
                vlan 10
                   name K8s-DualStack-Network
                interface Ethernet1
                   switchport access vlan 10
                interface Vlan10
                   ip address 10.10.10.1/24
                   ipv6 address fd00:10:10::1/64
                interface Loopback0
                   ip address 1.1.1.1/32
                   ipv6 address 2001:db8::1/128
                ip routing
                ipv6 unicast-routing
                ip route 192.168.0.0/16 10.10.10.10
                ipv6 route fd00:10:244::/48 fd00:10:10::10
                end
                """;
        // when
        RouterSetup setup = EosToFrr.translate(eos, "dual-stack");
        // then
        assertThat(setup.vlans()).containsExactly(new VlanSetup(10, "10.10.10.1/24", 0, List.of("eth1"), "fd00:10:10::1/64"));
        assertThat(setup.loopbacks()).containsExactly("1.1.1.1/32", "2001:db8::1/128");
        assertThat(setup.routes()).containsExactly(new RouterSetup.RouteSetup("192.168.0.0/16", "10.10.10.10", null),
                new RouterSetup.RouteSetup("fd00:10:244::/48", "fd00:10:10::10", null));
        assertThat(setup.frrConf()).contains("ip forwarding\nipv6 forwarding\n");
        assertThat(setup.hasIpv6()).isTrue();
    }

    @Test
    void anIpv6RouteWithAnIpv4NextHopNamesTheLine() {
        // given
        String eos = "hostname ceos01\nipv6 route fd00:10:244::/48 10.10.10.10\nend\n";
        // then
        assertThatThrownBy(() -> EosToFrr.translate(eos, "dual-stack")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("EOS config line 2").hasMessageContaining("ipv6 route wants IPv6 prefix and next hop");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6AddressOnAnSviNamesTheLine() {
        // given
        String eos = "hostname ceos01\nvlan 10\ninterface Vlan10\n   ipv6 address 10.10.10.1/24\nend\n";
        // then
        assertThatThrownBy(() -> EosToFrr.translate(eos, "dual-stack")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("EOS config line 4").hasMessageContaining("is not an IPv6 address");
    }
}
