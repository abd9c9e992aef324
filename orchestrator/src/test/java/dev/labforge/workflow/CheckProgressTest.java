package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.Side;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RecordingConsole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckProgressTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingConsole console = new RecordingConsole();

    @Test
    void oneLinePerCheckTypeWhenItsLastCheckEnds() {
        // given: two sessions and one ping
        List<Check> checks = List.of(
                new BgpSessionCheck("ceos01", Side.TOR, "10.10.10.11", "k01-worker", 65010, 2, true, true),
                new BgpSessionCheck("ceos01", Side.TOR, "10.10.20.20", "k01-worker3", 65010, 2, true, true),
                new PingCheck("ceos01", "multitool-1@k01-worker", 63, true, true));
        CheckProgress progress = new CheckProgress(console, checks, clock);

        // when
        progress.accept(outcome(checks.get(1), Verdict.PASSED));
        clock.advance(Duration.ofMillis(1200));
        progress.accept(outcome(checks.get(0), Verdict.FAILED));
        clock.advance(Duration.ofSeconds(2));
        progress.accept(outcome(checks.get(2), Verdict.PASSED));

        // then
        assertThat(console.lines()).containsExactly("  - bgp 1/2 passed, 1 failed (1.2 s)", "  - ping 1/1 passed (3.2 s)");
    }

    private static CheckOutcome outcome(Check c, Verdict v) {
        return new CheckOutcome(c.name(), c.type(), c.expected(), "seen", v, Duration.ZERO);
    }
}
