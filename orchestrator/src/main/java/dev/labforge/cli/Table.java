package dev.labforge.cli;

import java.io.PrintWriter;
import java.util.List;

/** Left-aligned columns separated by two spaces; trailing blanks trimmed. */
final class Table {

    private Table() {
    }

    static void print(List<String[]> rows, PrintWriter out) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], cell(r, i).length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String c = cell(r, i);
                sb.append(c);
                if (i < cols - 1) {
                    sb.append(" ".repeat(width[i] - c.length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String cell(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i] : "";
    }
}
