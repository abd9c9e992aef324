package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.BgpPrefixPaths.BgpPath;
import dev.labforge.probe.ObservationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgpPrefixParsersTest {

    @Test
    void frrShowsTheCommunitiesOfTheBlockItLearnedFromTheNode() {
        // given: captured from the seed lab on netns
        String json = Fixtures.read("frr/show_bgp_ipv4_unicast_prefix_with_community.json");

        // when
        BgpPrefixPaths paths = FrrBgpPrefixParser.parse("192.168.42.192/26", json);

        // then
        assertThat(paths.known()).isTrue();
        assertThat(paths.paths()).containsExactly(new BgpPath("10.10.10.11", "10.10.10.11", true, List.of("65010:100"), List.of()));
    }

    @Test
    void frrAnswersAPrefixItDoesNotHaveWithAnEmptyObject() {
        // when
        BgpPrefixPaths paths = FrrBgpPrefixParser.parse("192.168.99.0/26", Fixtures.read("frr/show_bgp_ipv4_unicast_prefix_unknown.json"));

        // then
        assertThat(paths.known()).isFalse();
    }

    @Test
    void aPrefixTheRouterOriginatesHasNoPeerAndNoCommunity() {
        // when
        BgpPrefixPaths paths = FrrBgpPrefixParser.parse("10.10.10.0/24", Fixtures.read("frr/show_bgp_ipv4_unicast_prefix_local.json"));

        // then
        assertThat(paths.paths()).containsExactly(new BgpPath("", "0.0.0.0", true, List.of(), List.of()));
    }

    @Test
    void frrOutputForAnotherPrefixIsNotThisPrefix() {
        // given: FRR shows the covering route when asked for an address
        String json = Fixtures.read("frr/show_bgp_ipv4_unicast_prefix_with_community.json");

        // when / then
        assertThat(FrrBgpPrefixParser.parse("192.168.42.200/32", json).known()).isFalse();
    }

    @Test
    void frrOutputThatIsNoPrefixObjectIsAnObservationFailure() {
        // when / then
        assertThatThrownBy(() -> FrrBgpPrefixParser.parse("192.168.42.192/26", "{\"routerId\": \"10.10.10.1\"}"))
                .isInstanceOf(ObservationException.class).hasMessageContaining("no \"paths\" array");
        assertThatThrownBy(() -> FrrBgpPrefixParser.parse("192.168.42.192/26", "% Unknown command"))
                .isInstanceOf(ObservationException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void eosShowsCommunitiesInTheRouteDetail() {
        // when
        BgpPrefixPaths paths = EosBgpPrefixParser.parse("192.168.42.192/26", Fixtures.read("eos/show_ip_bgp_prefix_detail.json"));

        // then
        assertThat(paths.paths()).containsExactly(new BgpPath("10.10.10.11", "10.10.10.11", true, List.of("65010:100"), List.of()));
    }

    @Test
    void eosWithoutTheEntryHasNoSuchRoute() {
        // when / then
        assertThat(EosBgpPrefixParser.parse("192.168.42.192/26", Fixtures.read("eos/show_ip_bgp_prefix_unknown.json")).known())
                .isFalse();
        assertThatThrownBy(() -> EosBgpPrefixParser.parse("192.168.42.192/26", "{}"))
                .isInstanceOf(ObservationException.class).hasMessageContaining("was '| json' appended");
    }
}
