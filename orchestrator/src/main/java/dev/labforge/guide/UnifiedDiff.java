package dev.labforge.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two line lists whose lines compare through keys (the normalised lines), printing the
 * original lines. Line numbers of both sides count from {@code firstLine}, the line in the guide file where
 * the region's body starts, so an author can go straight to the drifted line.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private record Op(char kind, int a, int b) {
    }

    /** The hunks, or "" when the keys are equal. */
    static String diff(String oldName, String newName, List<String> oldLines, List<String> oldKeys,
            List<String> newLines, List<String> newKeys, int firstLine) {
        List<Op> ops = ops(oldKeys, newKeys);
        if (ops.stream().allMatch(o -> o.kind() == ' ')) {
            return "";
        }
        StringBuilder sb = new StringBuilder("--- ").append(oldName).append("\n+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than two contexts apart
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).kind() != ' ') {
                    end = j;
                } else if (j - end > 2 * CONTEXT) {
                    break;
                }
            }
            int stop = Math.min(ops.size(), end + CONTEXT + 1);
            hunk(sb, ops.subList(start, stop), oldLines, newLines, firstLine);
            i = stop;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Op> ops, List<String> oldLines, List<String> newLines, int firstLine) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        StringBuilder body = new StringBuilder();
        for (Op o : ops) {
            if (o.kind() != '+') {
                aStart = aStart < 0 ? o.a() : aStart;
                aCount++;
            }
            if (o.kind() != '-') {
                bStart = bStart < 0 ? o.b() : bStart;
                bCount++;
            }
            String line = o.kind() == '+' ? newLines.get(o.b()) : oldLines.get(o.a());
            body.append(o.kind()).append(line).append('\n');
        }
        sb.append("@@ -").append(firstLine + Math.max(aStart, 0)).append(',').append(aCount)
                .append(" +").append(firstLine + Math.max(bStart, 0)).append(',').append(bCount).append(" @@\n").append(body);
    }

    /** An edit script from the longest common subsequence of the keys. */
    private static List<Op> ops(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', i++, j++));
            } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', i++, j));
            } else {
                ops.add(new Op('+', i, j++));
            }
        }
        return ops;
    }
}
