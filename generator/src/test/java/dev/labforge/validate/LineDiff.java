package dev.labforge.validate;

import java.util.List;

/** A small unified-style line diff for golden-file mismatches. */
final class LineDiff {
    private LineDiff() {
    }

    static String diff(String expectedName, String expected, String actualName, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                sb.append("  ").append(a.get(i)).append('\n');
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                sb.append("- ").append(a.get(i++)).append('\n');
            } else {
                sb.append("+ ").append(b.get(j++)).append('\n');
            }
        }
        return sb.toString();
    }
}
