package dev.labforge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommunityCheckTest {

    @Test
    void isNamedByRouterPrefixAndNodeAndExpectsEveryCommunity() {
        // given
        CommunityCheck c = new CommunityCheck("ceos01", "192.168.42.192/26", "k01-worker", List.of("65010:100", "65010:1:7"), true);
        // when / then
        assertThat(c.name()).isEqualTo("community ceos01 192.168.42.192/26 (k01-worker)");
        assertThat(c.expected()).isEqualTo("carries 65010:100, 65010:1:7");
        assertThat(c.key()).isEqualTo("community ceos01 192.168.42.192/26");
        assertThat(new CommunityCheck("ceos01", "10.0.0.0/8", null, List.of("1:1"), false).name())
                .isEqualTo("community ceos01 10.0.0.0/8");
    }

    @Test
    void roundTripsThroughItsPlanEntry() {
        // given
        CommunityCheck c = new CommunityCheck("ceos01", "192.168.42.192/26", "k01-worker", List.of("65010:100"), true);
        // when
        Map<String, Object> plan = CheckTypes.toPlan(c);
        Check back = CheckTypes.fromPlan(new PlanEntry(plan, "checks[0]"));
        // then
        assertThat(plan).containsExactly(Map.entry("type", "community"), Map.entry("on", "ceos01"),
                Map.entry("prefix", "192.168.42.192/26"), Map.entry("node", "k01-worker"),
                Map.entry("communities", List.of("65010:100")), Map.entry("derived", true));
        assertThat(back).isEqualTo(c);
    }

    @Test
    void anEntryWithoutCommunitiesIsAPlanErrorAndARecordWithoutThemIsABug() {
        // given
        PlanEntry entry = new PlanEntry(Map.of("type", "community", "on", "ceos01", "prefix", "10.0.0.0/8"), "checks[4] (community)");
        // when / then
        assertThatThrownBy(() -> CheckTypes.fromPlan(entry)).isInstanceOf(PlanFormatException.class)
                .hasMessage("checks[4] (community): communities is missing or empty");
        assertThatThrownBy(() -> new CommunityCheck("ceos01", "10.0.0.0/8", null, List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
