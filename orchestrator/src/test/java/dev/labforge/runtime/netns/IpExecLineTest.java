package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpExecLineTest {
    private static final String WHERE = "topology.clab.yaml: node k01-worker exec[0]";

    @Test
    void acceptsTheSeedLinesAndKeepsThemAsBatchLines() {
        // when
        IpExecLine route = IpExecLine.parse("ip route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.11", WHERE);
        IpExecLine addr = IpExecLine.parse("  ip addr add dev eth1 10.10.10.11/24 ", WHERE);

        // then
        assertThat(route.batchLine()).isEqualTo("route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.11");
        assertThat(addr.addressAddedTo("eth1")).isEqualTo("10.10.10.11/24");
        assertThat(addr.addressAddedTo("eth0")).isNull();
        assertThat(route.addressAddedTo("eth1")).isNull();
    }

    @Test
    void refusesOtherProgramsNamingTheNodeAndLine() {
        assertThatThrownBy(() -> IpExecLine.parse("sysctl -w net.ipv4.ip_forward=1", WHERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(WHERE)
                .hasMessageContaining("'sysctl -w net.ipv4.ip_forward=1' is not an ip command");
    }

    @Test
    void refusesWhatWouldLeaveTheNamespaceOrInjectIntoTheBatch() {
        assertThatThrownBy(() -> IpExecLine.parse("ip netns exec x sh", WHERE)).hasMessageContaining("accepts only ip");
        assertThatThrownBy(() -> IpExecLine.parse("ip link set eth1 netns 1", WHERE)).hasMessageContaining("'netns'");
        assertThatThrownBy(() -> IpExecLine.parse("ip -n other link set eth1 up", WHERE)).hasMessageContaining("accepts only ip");
        assertThatThrownBy(() -> IpExecLine.parse("ip link set eth1 up;reboot", WHERE)).hasMessageContaining("'up;reboot'");
        assertThatThrownBy(() -> IpExecLine.parse("ip addr add dev eth1 '10.0.0.1/24'", WHERE)).hasMessageContaining("quotes");
        assertThatThrownBy(() -> IpExecLine.parse("ip", WHERE)).hasMessageContaining("accepts only ip");
    }

    @Test
    void anIpDash6LineRunsWithoutTheOptionBecauseItsAddressesSayTheFamily() {
        // when
        IpExecLine addr = IpExecLine.parse("ip -6 addr add dev eth1 fd00:10:10::11/64 nodad", WHERE);
        IpExecLine route = IpExecLine.parse("ip -6 route add 2001:db8::/32 via fd00:10:10::1 dev eth1", WHERE);
        // then
        assertThat(addr.batchLine()).isEqualTo("addr add dev eth1 fd00:10:10::11/64 nodad");
        assertThat(addr.addressAddedTo("eth1")).isEqualTo("fd00:10:10::11/64");
        assertThat(route.batchLine()).isEqualTo("route add 2001:db8::/32 via fd00:10:10::1 dev eth1");
    }

    @Test
    void refusesAnIpDash6LineWithoutAnIpv6Address() {
        // an `ip -6 route flush` without -6 would flush the IPv4 table instead
        assertThatThrownBy(() -> IpExecLine.parse("ip -6 route flush dev eth1", WHERE))
                .hasMessageStartingWith(WHERE).hasMessageContaining("must name an IPv6 address");
    }
}
