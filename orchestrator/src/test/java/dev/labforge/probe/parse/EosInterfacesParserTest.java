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
}
