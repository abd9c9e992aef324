package dev.labforge.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text renderings of a report for the console and for pasting into a README. */
public final class ConsoleReport {

    static final int MAX_CELL = 72;

    private ConsoleReport() {
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

    static String cell(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
        one = one.replaceAll("\\p{Cntrl}", "?");
        return one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 3) + "..." : one;
    }
}
