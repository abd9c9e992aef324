package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeSelectorsTest {
    private static final Map<String, String> VLAN10 = Map.of("vlan", "10", "zone", "a");

    @Test
    void evaluatesTheSelectorForms() {
        assertThat(NodeSelectors.matches("all()", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches(null, VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("vlan == '10'", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("vlan == \"20\"", VLAN10)).isFalse();
        assertThat(NodeSelectors.matches("vlan != '20'", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("missing != 'x'", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("has(zone) && vlan in {'10', '11'}", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("vlan not in {'10'} || zone == 'b'", VLAN10)).isFalse();
        assertThat(NodeSelectors.matches("!(vlan == '10')", VLAN10)).isFalse();
        assertThat(NodeSelectors.matches("zone starts with 'a' && vlan ends with '0' && vlan contains '1'", VLAN10)).isTrue();
        assertThat(NodeSelectors.matches("vlan == '20' || vlan == '10' && zone == 'b'", VLAN10)).isFalse();
    }

    @Test
    void unquotedValueIsAnError() {
        assertThatThrownBy(() -> NodeSelectors.matches("vlan == 10", VLAN10)).isInstanceOf(NetnsConfigException.class)
                .hasMessage("selector 'vlan == 10': expected a quoted value (Calico selectors need \"v\" or 'v') at position 9");
    }

    @Test
    void trailingGarbageIsAnError() {
        assertThatThrownBy(() -> NodeSelectors.matches("all() x", VLAN10)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("unexpected text");
    }
}
