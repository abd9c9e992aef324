package dev.labforge.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.ExecUsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinuxDriverTest {
    /** The seed's two VLANs as exec lines of a Linux router (what the frr platform renders for its bridges, too). */
    static final List<String> EXEC = List.of(
            "ip link add br10 type bridge", "ip link add br20 type bridge",
            "ip link set dev eth1 master br10", "ip link set dev eth4 master br20",
            "ip addr add 10.10.10.1/24 dev br10", "ip link set dev br10 up",
            "ip addr add 10.10.20.1/24 dev br20", "ip link set dev br20 up",
            "sysctl -w net.ipv4.ip_forward=1");

    final TorDriver linux = TorDrivers.of("linux");
    final RenderedTor tor = new RenderedTor(Path.of("."), "lab1", "tor1", linux, "linux", "alpine:3.20", null, Map.of(), EXEC);

    @Test
    void torConfigProvesTheSvisOfTheExecLinesWithIpAddr() throws IOException {
        // given: ip -j addr of the seed's ToR namespace, which has exactly these SVIs
        String captured = Files.readString(Path.of("src/test/resources/fixtures/iproute2/tor_ip_j_addr_show.json"));

        // when
        RunningConfigCheck check = linux.runningConfigCheck(tor);

        // then
        assertThat(check.command()).containsExactly("ip", "-j", "addr", "show");
        assertThat(check.promise()).isEqualTo("must show the SVI addresses of the exec lines of tor1: br10 10.10.10.1/24, br20 10.10.20.1/24");
        assertThat(check.missing(captured)).isEmpty();
        assertThat(check.missing(captured.replace("10.10.20.1", "10.10.20.254"))).containsExactly("br20 10.10.20.1/24");
        assertThat(linux.rejectionMarks()).isEmpty();
    }

    @Test
    void aLinuxToRHasRoutesAndPingsButNoBgp() {
        // when / then
        assertThat(linux.runsBgp()).isFalse();
        assertThat(linux.routesCommand()).containsExactly("ip", "-j", "-4", "route", "show");
        assertThat(linux.pingCommand("10.10.10.11", 2)).containsExactly("ping", "-c", "2", "-W", "1", "10.10.10.11");
        assertThatThrownBy(linux::bgpSummaryCommand).isInstanceOf(NotOnThisPlatformException.class)
                .hasMessage("a ToR of platform linux routes with the kernel only and runs no BGP, so it has no BGP sessions to show;"
                        + " use platform frr or ceos for BGP");
        assertThatThrownBy(() -> linux.bgpPrefixCommand("192.168.42.192/26")).isInstanceOf(NotOnThisPlatformException.class)
                .hasMessageContaining("no BGP paths of 192.168.42.192/26");
        assertThatThrownBy(() -> linux.netns().show().parseBgpSummary("{}")).isInstanceOf(NotOnThisPlatformException.class);
    }

    @Test
    void onNetnsTheNamespaceGetsTheBridgesAndNoDaemon() {
        // when
        var setup = linux.netns().setup(tor);

        // then
        assertThat(setup.runsFrr()).isFalse();
        assertThat(linux.netns().runsFrr()).isFalse();
        assertThat(setup.vlans()).extracting(v -> v.bridge() + " " + v.sviCidr() + " " + v.ports())
                .containsExactly("br10 10.10.10.1/24 [eth1]", "br20 10.10.20.1/24 [eth4]");
    }

    @Test
    void onNetnsExecRunsShellToolsAndRefusesDaemonClis() {
        // when / then
        assertThat(linux.netns().inNamespace("ns1", List.of("ip", "route"))).containsExactly("ip", "-n", "ns1", "route");
        assertThat(linux.netns().inNamespace("ns1", List.of("sh", "-c", "cat /proc/sys/net/ipv4/ip_forward")))
                .containsExactly("ip", "netns", "exec", "ns1", "sh", "-c", "cat /proc/sys/net/ipv4/ip_forward");
        assertThatThrownBy(() -> linux.netns().inNamespace("ns1", List.of("vtysh", "-c", "show bgp summary")))
                .isInstanceOf(ExecUsageException.class)
                .hasMessage("a ToR of platform linux runs no routing daemon, so there is no vtysh; use ip, ping or sh"
                        + " (e.g. -- ip route, -- ip -br addr)");
        assertThat(linux.netns().diagnostics()).containsOnlyKeys("ip-addr.txt", "ip-route.txt");
    }
}
