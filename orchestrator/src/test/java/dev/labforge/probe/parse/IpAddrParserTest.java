package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IpAddrParserTest {

    @Test
    void theSeedToRsBridgesCarryTheSvisAndItsPortsNone() {
        // when
        Map<String, List<String>> byInterface = IpAddrParser.ipv4ByInterface(Fixtures.read("iproute2/tor_ip_j_addr_show.json"));

        // then
        assertThat(byInterface).containsEntry("br10", List.of("10.10.10.1/24")).containsEntry("br20", List.of("10.10.20.1/24"))
                .containsEntry("eth1", List.of()).containsEntry("lo", List.of("127.0.0.1/8"));
    }

    @Test
    void outputThatIsNoInterfaceListIsAnObservationFailure() {
        // when / then
        assertThatThrownBy(() -> IpAddrParser.ipv4ByInterface("{}")).isInstanceOf(ObservationException.class)
                .hasMessageContaining("expected a JSON array of interfaces");
        assertThatThrownBy(() -> IpAddrParser.ipv4ByInterface("[{\"addr_info\": []}]")).isInstanceOf(ObservationException.class)
                .hasMessageContaining("without \"ifname\"");
    }

    @Test
    void aNodesInterfacesWithTheirMtusAndTheVtepAddressOnVxlanCalico() {
        // when
        List<dev.labforge.probe.InterfaceState> ifaces = IpAddrParser.interfaces(Fixtures.read("overlay/ip-j-addr-show-node.txt"));
        // then
        assertThat(ifaces).extracting(i -> i.name()).contains("lo", "eth1", "eth0", "vxlan.calico");
        assertThat(ifaces).filteredOn(i -> i.name().equals("vxlan.calico")).singleElement()
                .satisfies(v -> {
                    assertThat(v.mtu()).isEqualTo(1450);
                    assertThat(v.operstate()).isEqualTo("UNKNOWN");
                    assertThat(v.ipv4()).containsExactly("192.168.81.64/32");
                });
        assertThat(ifaces).filteredOn(i -> i.name().equals("eth1")).extracting(i -> i.mtu()).containsExactly(9000);
    }

    @Test
    void onePodInterface() {
        // when
        List<dev.labforge.probe.InterfaceState> ifaces = IpAddrParser.interfaces(Fixtures.read("overlay/ip-j-addr-show-pod.txt"));
        // then
        assertThat(ifaces).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("eth0");
            assertThat(i.mtu()).isEqualTo(1450);
            assertThat(i.ipv4()).containsExactly("192.168.209.65/32");
        });
    }

    @Test
    void aMissingDeviceGivesNoJsonAtAll() {
        // given: stdout is empty, the reason is on stderr
        String stdout = Fixtures.read("overlay/ip-j-addr-show-dev-eth9-missing.txt");
        // when / then
        assertThat(Fixtures.read("overlay/ip-j-addr-show-dev-eth9-missing.stderr")).startsWith("Device \"eth9\" does not exist.");
        assertThatThrownBy(() -> IpAddrParser.interfaces(stdout)).isInstanceOf(ObservationException.class);
    }

    @Test
    void aLinkSetDownHasNoUpFlagAndTheOtherEndOfTheVethHasNoCarrier() {
        // given: a veth pair between two namespaces, eth2 set down on one end (verbatim ip -j output)
        // when
        List<dev.labforge.probe.InterfaceState> up = IpAddrParser.interfaces(Fixtures.read("iproute2/link_up_ip_j_addr_show.json"));
        List<dev.labforge.probe.InterfaceState> setDown = IpAddrParser.interfaces(Fixtures.read("iproute2/link_set_down_ip_j_addr_show.json"));
        List<dev.labforge.probe.InterfaceState> peerDown = IpAddrParser.interfaces(Fixtures.read("iproute2/link_peer_down_ip_j_addr_show.json"));
        List<dev.labforge.probe.InterfaceState> linkShow = IpAddrParser.interfaces(Fixtures.read("iproute2/link_peer_down_ip_j_link_show.json"));
        // then
        assertThat(up).filteredOn(i -> i.name().equals("eth1")).singleElement()
                .satisfies(i -> assertThat(List.of(i.operstate(), i.adminUp(), i.up())).containsExactly("UP", true, true));
        assertThat(setDown).filteredOn(i -> i.name().equals("eth2")).singleElement()
                .satisfies(i -> assertThat(List.of(i.operstate(), i.adminUp(), i.up())).containsExactly("DOWN", false, false));
        assertThat(peerDown).filteredOn(i -> i.name().equals("eth1")).singleElement()
                .satisfies(i -> assertThat(List.of(i.operstate(), i.adminUp(), i.up(), i.ipv4()))
                        .containsExactly("DOWN", true, false, List.of("10.10.10.11/24")));
        assertThat(linkShow).filteredOn(i -> i.name().equals("eth1")).singleElement()
                .satisfies(i -> assertThat(List.of(i.operstate(), i.adminUp(), i.ipv4())).containsExactly("DOWN", true, List.of()));
        assertThat(up).filteredOn(i -> i.name().equals("lo")).singleElement().satisfies(i -> assertThat(i.adminUp()).isFalse());
    }
}
