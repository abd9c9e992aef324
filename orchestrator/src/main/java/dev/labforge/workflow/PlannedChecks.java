package dev.labforge.workflow;

import dev.labforge.check.Check;
import dev.labforge.rendered.RenderedPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of `lab up --dry-run`'s plan: the checks verify will run, as the rendered plan lists them.
 * A small lab shows every check; a big one (thousands of route checks) the first few of each type and
 * how many more, since all of them are in labforge/plan.yaml anyway.
 */
final class PlannedChecks {
    /** Up to this many checks are listed one by one. */
    static final int LIST_ALL_UP_TO = 100;
    /** Beyond that, this many of each type. */
    static final int SAMPLE_PER_TYPE = 3;

    private PlannedChecks() {
    }

    static List<String> lines(List<Check> checks) {
        Map<String, List<Check>> byType = new LinkedHashMap<>();
        checks.forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
        List<String> counts = new ArrayList<>();
        byType.forEach((type, list) -> counts.add(type + " " + list.size()));
        List<String> out = new ArrayList<>();
        out.add("then verify runs " + checks.size() + " check(s) (" + String.join(", ", counts) + "), in this order:");
        if (checks.size() <= LIST_ALL_UP_TO) {
            for (Check c : checks) {
                out.add(line(c));
            }
            return out;
        }
        byType.forEach((type, list) -> {
            list.stream().limit(SAMPLE_PER_TYPE).forEach(c -> out.add(line(c)));
            if (list.size() > SAMPLE_PER_TYPE) {
                out.add("  ... and " + (list.size() - SAMPLE_PER_TYPE) + " more " + type + " checks");
            }
        });
        out.add("  (every check is listed in " + RenderedPaths.PLAN + ")");
        return out;
    }

    private static String line(Check c) {
        // Route names already end with what they expect.
        return "  " + c.name() + (c.name().endsWith(c.expected()) ? "" : ": " + c.expected());
    }
}
