package dev.labforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TorPlatformsTest {

    @Test
    void registers_ceos_frr_and_linux_in_that_order() {
        assertThat(TorPlatforms.ids()).containsExactly("ceos", "frr", "linux");
    }

    @Test
    void a_left_out_platform_is_ceos_and_an_unknown_one_is_null() {
        assertThat(TorPlatforms.orDefault(null).id()).isEqualTo("ceos");
        assertThat(TorPlatforms.byId("sonic")).isNull();
    }

    @Test
    void the_bgp_platforms_hint_leaves_out_linux() {
        assertThat(TorPlatforms.bgpIds()).isEqualTo("ceos or frr");
    }
}
