package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.ObservationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EosInterfacesParserTest {

    @Test
    void portsAndSvisWithTheirMtuAndTheSvisPrimaryAddress() {
        // when
        List<InterfaceState> ifaces = EosInterfacesParser.parse(Fixtures.read("eos/show_interfaces.json"));
        // then
        assertThat(ifaces).extracting(InterfaceState::name, InterfaceState::mtu).contains(
                org.assertj.core.groups.Tuple.tuple("Ethernet1", 9000), org.assertj.core.groups.Tuple.tuple("Vlan20", 9000),
                org.assertj.core.groups.Tuple.tuple("Management0", 1500));
        assertThat(ifaces).filteredOn(i -> i.name().equals("Vlan10")).singleElement()
                .satisfies(i -> assertThat(i.ipv4()).containsExactly("10.10.10.1/24"))
                .satisfies(i -> assertThat(i.operstate()).isEqualTo("UP"));
        assertThat(ifaces).filteredOn(i -> i.name().equals("Ethernet4")).singleElement()
                .satisfies(i -> assertThat(i.ipv4()).isEmpty());
    }

    @Test
    void textWithoutTheJsonPipeIsAnObservationFailure() {
        assertThatThrownBy(() -> EosInterfacesParser.parse("{\"vrfs\": {}}")).isInstanceOf(ObservationException.class)
                .hasMessageContaining("no \"interfaces\" object");
    }

    @Test
    void aShutDownPortIsDisabledAndDown() {
        // given: the keys of the capture above for one port after `shutdown` (interfaceStatus disabled)
        String json = "{\"interfaces\": {\"Ethernet2\": {\"name\": \"Ethernet2\", \"lineProtocolStatus\": \"down\","
                + " \"interfaceStatus\": \"disabled\", \"mtu\": 1500, \"interfaceAddress\": []},"
                + " \"Ethernet3\": {\"name\": \"Ethernet3\", \"lineProtocolStatus\": \"down\", \"interfaceStatus\": \"notconnect\","
                + " \"mtu\": 1500, \"interfaceAddress\": []}}}";
        // when
        List<InterfaceState> ifaces = EosInterfacesParser.parse(json);
        // then: shut down is not administratively up; not connected is, but it passes no packets either
        assertThat(ifaces).extracting(InterfaceState::name, InterfaceState::operstate, InterfaceState::adminUp, InterfaceState::up)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ethernet2", "DOWN", false, false),
                        org.assertj.core.groups.Tuple.tuple("Ethernet3", "DOWN", true, false));
    }
}
