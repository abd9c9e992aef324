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
}
