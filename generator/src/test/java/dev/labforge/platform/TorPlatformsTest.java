package dev.labforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TorPlatformsTest {

    @Test
    void registers_ceos_and_frr_in_that_order() {
        assertThat(TorPlatforms.ids()).containsExactly("ceos", "frr");
    }

    @Test
    void a_left_out_platform_is_ceos_and_an_unknown_one_is_null() {
        assertThat(TorPlatforms.orDefault(null).id()).isEqualTo("ceos");
        assertThat(TorPlatforms.byId("sonic")).isNull();
    }
}
