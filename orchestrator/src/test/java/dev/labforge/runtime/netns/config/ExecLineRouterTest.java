package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.netns.config.RouterSetup.RouteSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecLineRouterTest {
    static final List<String> ROUTER = List.of(
            "ip link add br10 type bridge",
            "ip link set dev eth1 master br10",
            "ip link set dev eth1 up",
            "ip addr add 10.10.10.1/24 dev br10",
            "ip link set dev br10 up",
            "sysctl -w net.ipv4.ip_forward=1",
            "ip route add 10.20.0.0/16 via 10.10.10.254 dev br10",
            "ip route add 172.16.0.0/12 via 10.10.10.253");

    @Test
    void bridgesSvisStaticRoutesAndForwardingMakeAKernelRouter() {
        // when
        ExecLineRouter.Parsed r = ExecLineRouter.parse(ROUTER, "ToR tor1");

        // then
        assertThat(r.vlans()).containsExactly(new VlanSetup(10, "10.10.10.1/24", 0, List.of("eth1")));
        assertThat(r.routes()).containsExactly(new RouteSetup("10.20.0.0/16", "10.10.10.254", "br10"),
                new RouteSetup("172.16.0.0/12", "10.10.10.253", null));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aRouteThatIsNotPrefixViaGatewayIsRefusedNamingTheLine() {
        // when / then
        assertThatThrownBy(() -> ExecLineRouter.parse(List.of("ip route add 10.20.0.1/16 via 10.10.10.254"), "ToR tor1"))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("ToR tor1 exec line 1 `ip route add 10.20.0.1/16 via 10.10.10.254`")
                .hasMessageContaining("has host bits set");
        assertThatThrownBy(() -> ExecLineRouter.parse(List.of("ip route add 10.20.0.0/16 dev br10"), "ToR tor1"))
                .isInstanceOf(NetnsConfigException.class).hasMessageContaining("expected `ip route add CIDR via ADDR [dev IF]`");
        assertThatThrownBy(() -> ExecLineRouter.parse(List.of("ip route add 10.20.0.0/16 via gateway"), "ToR tor1"))
                .isInstanceOf(NetnsConfigException.class).hasMessageContaining("'gateway' is not an IPv4 gateway address");
    }

    @Test
    void onlyForwardingIsASysctlTheEmulationAccepts() {
        // when / then
        assertThat(ExecLineRouter.parse(List.of("sysctl net.ipv4.ip_forward=1"), "ToR tor1").vlans()).isEmpty();
        assertThatThrownBy(() -> ExecLineRouter.parse(List.of("sysctl -w net.ipv4.conf.all.rp_filter=2"), "ToR tor1"))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("only `sysctl -w net.ipv4.ip_forward=1` is emulated");
    }

    @Test
    void ipv6SviLoopbacksAndRoutesOfBothFamiliesComeFromIpDash6Lines() {
        // given a dual-stack Linux ToR's exec lines (as LinuxBridges renders them)
        List<String> exec = List.of("ip link add br10 type bridge", "ip link set dev eth1 master br10", "ip link set dev eth1 up",
                "ip addr add 10.10.10.1/24 dev br10", "ip -6 addr add fd00:10:10::1/64 dev br10 nodad", "ip link set dev br10 up",
                "ip addr add 1.1.1.1/32 dev lo", "ip -6 addr add 2001:db8::1/128 dev lo",
                "ip route add 192.168.0.0/16 via 10.10.10.10", "ip -6 route add fd00:10:244::/48 via fd00:10:10::10",
                "sysctl -w net.ipv6.conf.all.forwarding=1");
        // when
        ExecLineRouter.Parsed r = ExecLineRouter.parse(exec, "ToR tor01");
        // then
        assertThat(r.vlans()).containsExactly(new VlanSetup(10, "10.10.10.1/24", 0, List.of("eth1"), "fd00:10:10::1/64"));
        assertThat(r.loopbacks()).containsExactly("1.1.1.1/32", "2001:db8::1/128");
        assertThat(r.routes()).containsExactly(new RouteSetup("192.168.0.0/16", "10.10.10.10", null),
                new RouteSetup("fd00:10:244::/48", "fd00:10:10::10", null));
    }

    @Test
    void anIpv6RouteViaAnIpv4GatewayNamesTheLine() {
        assertThatThrownBy(() -> ExecLineRouter.parse(List.of("ip -6 route add fd00:10:244::/48 via 10.10.10.10"), "ToR tor01"))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("ToR tor01 exec line 1").hasMessageContaining("is not an IPv6 gateway address");
    }
}
