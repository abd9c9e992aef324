package dev.labforge.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TorDriversTest {

    @Test
    void everyRegisteredPlatformHasItsDriverUnderItsOwnId() {
        // when / then
        assertThat(TorDrivers.platforms()).containsExactly("ceos", "frr", "linux");
        TorDrivers.platforms().forEach(id -> assertThat(TorDrivers.of(id).platform()).isEqualTo(id));
    }

    @Test
    void anUnknownPlatformNamesTheKnownOnesAndTheFix() {
        // when / then
        assertThatThrownBy(() -> TorDrivers.of("sonic")).isInstanceOf(RenderedTorException.class)
                .hasMessage("ToR platform 'sonic' is not one this labforge drives (ceos, frr, linux); re-render the lab with this labforge");
    }
}
