package dev.labforge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-text renderings of a report for the console and for pasting into a README: the {@link #summary}
 * (what `up`, `verify` and `test` end with: a count per check type and every failed check in full) and the
 * {@link #verdictTable} with every check (their {@code --verbose}).
 */
public final class ConsoleReport {

    static final int MAX_CELL = 72;

    private ConsoleReport() {
    }

    /**
     * The verdict, then one count per check type in plan order ({@code bgp 8/8, route 23/23, ping 3/3}),
     * then every failed check with what was expected and what was seen. Short however big the lab.
     */
    public static String summary(Report r) {
        StringBuilder b = new StringBuilder();
        b.append(r.lab()).append(" (").append(r.runtime()).append("): ").append(r.verdict().name()).append('\n');
        b.append("  ").append(groupCounts(r)).append('\n');
        for (CheckOutcome c : r.checks()) {
            if (c.failed()) {
                b.append("  ").append(c.verdict().name()).append(' ').append(c.name()).append('\n');
                b.append("    expected ").append(oneLine(c.expected())).append('\n');
                b.append("    observed ").append(oneLine(c.observed())).append('\n');
            }
        }
        return b.toString();
    }

    /** {@code bgp 8/8, route 21/23 (2 failed), ping 3/3}: passed of all, per type in the order the checks ran. */
    public static String groupCounts(Report r) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (CheckOutcome c : r.checks()) {
            long[] n = groups.computeIfAbsent(c.type().isEmpty() ? "other" : c.type(), k -> new long[3]);
            n[0]++;
            n[1] += c.passed() ? 1 : 0;
            n[2] += c.failed() ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((type, n) -> {
            long skipped = n[0] - n[1] - n[2];
            parts.add(type + " " + n[1] + "/" + n[0] + (n[2] > 0 ? " (" + n[2] + " failed)" : "")
                    + (skipped > 0 ? " (" + skipped + " skipped)" : ""));
        });
        return parts.isEmpty() ? "no checks" : String.join(", ", parts);
    }

    /**
     * A compact table, one row per check (check, expected, observed, verdict), then one summary line.
     * Cells are single-line and cut at 72 characters.
     */
    public static String verdictTable(Report r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"check", "expected", "observed", "verdict"});
        for (CheckOutcome c : r.checks()) {
            rows.add(new String[] {cell(c.name()), cell(c.expected()), cell(c.observed()), c.verdict().name()});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(r.lab()).append(" (").append(r.runtime()).append("): ").append(r.verdict().name()).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            line(b, rows.get(k), width);
            if (k == 0) {
                line(b, new String[] {"-".repeat(width[0]), "-".repeat(width[1]), "-".repeat(width[2]), "-".repeat(width[3])}, width);
            }
        }
        b.append(r.count(Verdict.PASSED)).append(" checks passed, ").append(r.count(Verdict.FAILED)).append(" failed");
        long skipped = r.count(Verdict.SKIPPED);
        if (skipped > 0) {
            b.append(", ").append(skipped).append(" skipped");
        }
        b.append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, String[] row, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            l.append(i == row.length - 1 ? row[i] : pad(row[i], width[i]));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private static String oneLine(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
        return one.replaceAll("\\p{Cntrl}", "?");
    }

    static String cell(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
        one = one.replaceAll("\\p{Cntrl}", "?");
        return one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 3) + "..." : one;
    }
}
