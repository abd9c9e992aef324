package dev.labforge.workflow;

import dev.labforge.check.Check;
import dev.labforge.report.CheckOutcome;
import dev.labforge.wait.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Verify's progress: one console line per check type, once every check of that type has ended, e.g.
 * {@code   - bgp 8/8 passed (1.2 s)} or {@code   - route 21/23 passed, 2 failed (30 s)}. The checks
 * themselves are shown at the end (failed ones in full; all with --verbose). Safe to call from several threads.
 */
final class CheckProgress implements Consumer<CheckOutcome> {
    private final Console console;
    private final Clock clock;
    private final Instant start;
    /** type → {total, ended, passed, failed} */
    private final Map<String, int[]> byType = new LinkedHashMap<>();

    CheckProgress(Console console, List<? extends Check> checks, Clock clock) {
        this.console = console;
        this.clock = clock;
        this.start = clock.instant();
        for (Check c : checks) {
            byType.computeIfAbsent(c.type(), k -> new int[4])[0]++;
        }
    }

    @Override
    public synchronized void accept(CheckOutcome outcome) {
        int[] n = byType.get(outcome.type());
        if (n == null) {
            return;
        }
        n[1]++;
        n[2] += outcome.passed() ? 1 : 0;
        n[3] += outcome.failed() ? 1 : 0;
        if (n[1] == n[0]) {
            console.info("  - " + outcome.type() + " " + n[2] + "/" + n[0] + " passed" + (n[3] > 0 ? ", " + n[3] + " failed" : "")
                    + " (" + Durations.text(Duration.between(start, clock.instant())) + ")");
        }
    }
}
