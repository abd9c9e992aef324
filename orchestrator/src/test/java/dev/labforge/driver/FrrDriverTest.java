package dev.labforge.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrrDriverTest {
    final TorDriver frr = TorDrivers.of("frr");

    @TempDir
    Path tmp;

    RenderedTor torWith(String frrConf) throws IOException {
        return torWith(frrConf, List.of());
    }

    RenderedTor torWith(String frrConf, List<String> exec) throws IOException {
        Files.createDirectories(tmp.resolve("startup-configs/tor1"));
        Files.writeString(tmp.resolve("startup-configs/tor1/frr.conf"), frrConf);
        return new RenderedTor(tmp, "lab1", "tor1", frr, "linux", "quay.io/frrouting/frr:8.4.4", null,
                Map.of("/etc/frr/frr.conf", "startup-configs/tor1/frr.conf"), exec);
    }

    @Test
    void activateLinesAreNotRequiredBecauseFrrHidesThem() throws IOException {
        // given
        RenderedTor tor = torWith("""
                router bgp 65010
                 neighbor CALICO peer-group
                 address-family ipv4 unicast
                  neighbor CALICO activate
                  neighbor CALICO route-reflector-client
                 exit-address-family
                exit
                """);
        String running = """
                router bgp 65010
                 neighbor CALICO peer-group
                 !
                 address-family ipv4 unicast
                  neighbor CALICO route-reflector-client
                 exit-address-family
                exit
                """;

        // when
        RunningConfigCheck check = frr.runningConfigCheck(tor);

        // then
        assertThat(check.command()).containsExactly("vtysh", "-c", "show running-config");
        assertThat(check.promise()).endsWith("lines of startup-configs/tor1/frr.conf");
        assertThat(check.missing(running)).isEmpty();
        assertThat(check.missing("")).containsExactly(
                "router bgp 65010", "neighbor CALICO peer-group", "address-family ipv4 unicast", "neighbor CALICO route-reflector-client");
    }

    @Test
    void aToRWithoutItsFrrConfBindIsARenderError() {
        // given
        RenderedTor tor = new RenderedTor(tmp, "lab1", "tor1", frr, "linux", "frr", null, Map.of(), List.of());

        // when / then
        assertThatThrownBy(() -> frr.runningConfigCheck(tor)).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining("node tor1 (FRR) binds no file to /etc/frr/frr.conf");
    }

    @Test
    void showCommandsAreVtyshJsonInTheContainer() {
        // when / then
        assertThat(frr.bgpSummaryCommand()).containsExactly("vtysh", "-c", "show bgp summary json");
        assertThat(frr.routesCommand()).containsExactly("vtysh", "-c", "show ip route json");
        assertThat(frr.bgpPrefixCommand("192.168.42.192/26"))
                .containsExactly("vtysh", "-c", "show bgp ipv4 unicast 192.168.42.192/26 json");
        assertThat(frr.pingCommand("10.10.10.11", 2)).containsExactly("ping", "-c", "2", "-W", "1", "10.10.10.11");
        assertThat(frr.rejectionMarks()).contains("% Unknown command");
    }

    @Test
    void onNetnsRoutesComeFromTheKernelAndVtyshIsPointedAtTheNamespace() {
        // when
        TorShow show = frr.netns().show();

        // then
        assertThat(show.routesCommand()).containsExactly("ip", "-j", "-4", "route", "show");
        assertThat(frr.netns().inNamespace("ns1", show.bgpSummaryCommand()))
                .containsExactly("ip", "netns", "exec", "ns1", "vtysh", "-N", "ns1", "-c", "show bgp summary json");
        assertThat(frr.netns().inNamespace("ns1", List.of("Cli"))).containsExactly("ip", "netns", "exec", "ns1", "Cli");
    }

    @Test
    void onNetnsTheRenderedFrrConfRunsAsIsBesideBridgesFromTheExecLines() throws IOException {
        // given
        RenderedTor tor = torWith("router bgp 65010\n", List.of("ip link add br10 type bridge",
                "ip link set dev eth1 master br10", "ip addr add 10.10.10.1/24 dev br10", "ip link set dev br10 up"));

        // when
        var setup = frr.netns().setup(tor);

        // then
        assertThat(setup.frrConf()).isEqualTo("router bgp 65010\n");
        assertThat(setup.vlans()).singleElement().satisfies(v -> {
            assertThat(v.sviCidr()).isEqualTo("10.10.10.1/24");
            assertThat(v.ports()).containsExactly("eth1");
        });
    }
}
