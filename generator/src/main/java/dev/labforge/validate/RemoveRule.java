package dev.labforge.validate;

import dev.labforge.check.Check;
import dev.labforge.diag.Diagnostics;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code expect.remove} names derived checks exactly as reports print them. Which checks are derived
 * is only known once the lab resolves, so this rule runs last and only on an otherwise valid spec;
 * an unknown name is reported with the closest derived names.
 */
final class RemoveRule implements Rule {
    static final int SUGGESTIONS = 3;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        LabSpec spec = ctx.spec();
        if (spec.expect() == null || spec.expect().remove() == null || spec.expect().remove().isEmpty()) {
            return;
        }
        if (Boolean.FALSE.equals(spec.expect().derive())) {
            out.error("E-REMOVE-UNKNOWN", "expect.remove", ctx.at("expect.remove"),
                    "derive: false derives no check, so remove has nothing to remove", "drop remove, or derive: true");
            return;
        }
        if (out.hasErrors()) {
            return; // the derived checks of an invalid lab are unknown; the other errors come first
        }
        LabSpec withoutExpect = new LabSpec(spec.name(), spec.title(), spec.tor(), spec.cluster(), spec.calico(),
                spec.workloads(), null);
        Set<String> derived = Resolver.resolve(withoutExpect).checks().stream().map(Check::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> remove = spec.expect().remove();
        for (int i = 0; i < remove.size(); i++) {
            String name = remove.get(i);
            if (name == null || derived.contains(name)) {
                continue;
            }
            String p = "expect.remove[" + i + "]";
            List<String> close = closest(name, derived);
            out.error("E-REMOVE-UNKNOWN", p, ctx.at(p), "no derived check is named '" + name + "'",
                    close.isEmpty() ? "names are exact, as `lab verify` and labforge/plan.yaml show them; "
                            + "this lab derives " + derived.size() + " checks, none of them close"
                            : "names are exact; close ones: " + close.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")));
        }
    }

    /** Up to three derived names within a few edits of the written one, closest first. */
    static List<String> closest(String written, Set<String> names) {
        int allowed = Math.max(3, written.length() / 4);
        return names.stream()
                .map(n -> new Scored(n, distance(written, n, allowed)))
                .filter(s -> s.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(SUGGESTIONS).map(Scored::name).toList();
    }

    private record Scored(String name, int distance) {
    }

    /** Levenshtein distance, or {@code cap + 1} as soon as it must exceed {@code cap}. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
