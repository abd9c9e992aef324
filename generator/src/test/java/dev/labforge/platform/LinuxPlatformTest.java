package dev.labforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Tor;
import dev.labforge.testing.ReferenceLabs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinuxPlatformTest {

    @Test
    void a_linux_tor_is_a_linux_node_configured_by_bridges_and_a_forwarding_sysctl_only() {
        // given
        Tor tor = ReferenceLabs.resolved("04-linux-tor").tor().orElseThrow();
        TorPlatform linux = tor.platform();
        // when / then
        assertThat(linux.id()).isEqualTo("linux");
        assertThat(linux.clabKind()).isEqualTo("linux");
        assertThat(linux.runsBgp()).isFalse();
        assertThat(linux.files(tor)).isEmpty();
        assertThat(linux.sysctls()).isEqualTo(Map.of("net.ipv4.ip_forward", "1"));
        assertThat(linux.exec(tor)).startsWith("ip link add br10 type bridge", "ip link set dev eth1 mtu 1500",
                "ip link set dev eth1 master br10", "ip link set dev eth1 up")
                .endsWith("ip link set dev br10 mtu 1500", "ip addr add 10.10.10.1/24 dev br10", "ip link set dev br10 up")
                .allMatch(line -> line.startsWith("ip "));
        assertThat(linux.cli()).isEqualTo("sh");
        assertThat(linux.sviName(tor.vlan(10))).isEqualTo("br10");
    }

    @Test
    void any_image_fits_a_linux_tor() {
        // given
        TorPlatform linux = TorPlatforms.byId("linux");
        // when / then: no image looks like another platform's to it, and it claims none for itself
        assertThat(linux.runsAnyImage()).isTrue();
        assertThat(linux.claimsImage("frr")).isFalse();
        assertThat(linux.imageNote(linux.defaultImage())).isNull();
    }
}
