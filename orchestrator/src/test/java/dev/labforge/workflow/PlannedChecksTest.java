package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedChecksTest {

    @Test
    void aSmallLabListsEveryCheckInOrderWithWhatItExpects() {
        // given
        List<Check> checks = List.of(
                RouteCheck.via("ceos01", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11")),
                new PingCheck("ceos01", "multitool-1@k01-worker", 63, true, true));
        // when
        List<String> lines = PlannedChecks.lines(checks);
        // then route names already say what they expect; others add it
        assertThat(lines).containsExactly(
                "then verify runs 2 check(s) (route 1, ping 1), in this order:",
                "  route ceos01 192.168.42.192/26 via 10.10.10.11",
                "  ping ceos01 -> multitool-1@k01-worker ttl 63: replies with ttl 63");
    }

    @Test
    void aBigLabShowsAFewOfEachTypeAndHowManyMore() {
        // given 150 route checks and one ping
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            checks.add(RouteCheck.via("n" + i, Side.NODE, "192.168." + i + ".0/26", List.of("10.0.0.1")));
        }
        checks.add(new PingCheck("a@n1", "a@n2", 61, true, true));
        // when
        List<String> lines = PlannedChecks.lines(checks);
        // then
        assertThat(lines).hasSize(1 + 3 + 1 + 1 + 1).startsWith("then verify runs 151 check(s) (route 150, ping 1), in this order:")
                .contains("  ... and 147 more route checks", "  ping a@n1 -> a@n2 ttl 61: replies with ttl 61")
                .endsWith("  (every check is listed in labforge/plan.yaml)");
    }
}
