package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrrToRSetupTest {
    private static final Path FRR_CONF = Path.of("src/test/resources/netnscfg/frr/tor01-frr.conf");
    private static final List<String> EXEC = List.of(
            "ip link add br10 type bridge",
            "ip link add br20 type bridge",
            "ip link set eth1 master br10",
            "ip link set dev eth2 master br10",
            "ip link set eth3 master br20",
            "ip link set dev eth1 mtu 9124",
            "ip link set dev eth2 mtu 9124",
            "ip link set dev eth3 mtu 9124",
            "ip link set br10 mtu 9124",
            "ip link set br10 up",
            "ip link set br20 up",
            "ip addr add 10.10.10.1/24 dev br10",
            "ip address add dev br20 10.10.20.1/24");

    @TempDir
    Path tmp;

    @Test
    void buildsVlanBridgesFromExecLinesAndKeepsFrrConfAsIs() throws Exception {
        // given
        String conf = Files.readString(FRR_CONF);
        // when
        RouterSetup setup = FrrToRSetup.fromFrr(conf, EXEC);
        // then
        assertThat(setup.frrConf()).isEqualTo(conf);
        assertThat(setup.vlans()).containsExactly(
                new VlanSetup(10, "10.10.10.1/24", 9124, List.of("eth1", "eth2")),
                new VlanSetup(20, "10.10.20.1/24", 9124, List.of("eth3")));
        assertThat(setup.warnings()).isEmpty();
    }

    @Test
    void nonIpCommandIsRejectedNamingTheLine() {
        assertThatThrownBy(() -> FrrToRSetup.fromFrr("", List.of("ip link add br10 type bridge", "iptables -A FORWARD -j DROP")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("FRR ToR exec line 2 `iptables -A FORWARD -j DROP`")
                .hasMessageContaining("only `ip` commands");
    }

    @Test
    void unsupportedIpCommandIsRejected() {
        assertThatThrownBy(() -> FrrToRSetup.fromFrr("", List.of("ip rule add from 10.0.0.0/8 table 10")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("exec line 1 `ip rule add from 10.0.0.0/8 table 10`")
                .hasMessageContaining("not emulated by the netns runtime");
    }

    @Test
    void addressOnAPortIsRejectedWithTheBridgeRecipe() {
        assertThatThrownBy(() -> FrrToRSetup.fromFrr("", List.of("ip addr add 10.10.10.1/24 dev eth1")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("addresses on ports are not emulated")
                .hasMessageContaining("ip link set eth1 master br<vlan>");
    }

    @Test
    void portIntoUnknownBridgeIsRejected() {
        assertThatThrownBy(() -> FrrToRSetup.fromFrr("", List.of("ip link set eth1 master br10")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("br10 is used before `ip link add br10 type bridge`");
    }

    @Test
    void bridgeNotNamedAfterItsVlanIsRejected() {
        assertThatThrownBy(() -> FrrToRSetup.fromFrr("", List.of("ip link add vlan10 type bridge")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("must be named br<vlan id>");
    }

    @Test
    void listenRangeBeforeItsPeerGroupIsReportedAsAWarning() {
        // given
        String conf = "router bgp 65001\n bgp listen range 10.10.10.0/24 peer-group CALICO-K8S\n neighbor CALICO-K8S peer-group\n";
        // when
        RouterSetup setup = FrrToRSetup.fromFrr(conf, List.of());
        // then
        assertThat(setup.warnings()).containsExactly("frr.conf line 2: `bgp listen range 10.10.10.0/24 peer-group CALICO-K8S`"
                + " comes before `neighbor CALICO-K8S peer-group`: FRR drops this listen range, so no node can peer through it");
    }

    @Test
    void differingPortMtuIsReported() {
        // when
        RouterSetup setup = FrrToRSetup.fromFrr("", List.of("ip link add br10 type bridge", "ip link set eth1 master br10",
                "ip link set eth2 master br10", "ip link set eth1 mtu 9000", "ip link set eth2 mtu 1500"));
        // then
        assertThat(setup.vlans()).containsExactly(new VlanSetup(10, null, 1500, List.of("eth1", "eth2")));
        assertThat(setup.warnings()).containsExactly("eth1 mtu 9000 differs from br10's 1500; the netns runtime uses one MTU per VLAN bridge");
    }

    @Test
    void realFrrAcceptsTheFixture() throws Exception {
        assumeTrue(FrrCheck.available(), FrrCheck.unavailableReason());
        assertThat(FrrCheck.problems(Files.readString(FRR_CONF), tmp)).isEmpty();
    }
}
