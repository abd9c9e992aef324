package dev.labforge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden-file comparison of a rendered lab. {@code -Dlabforge.golden.update=true} rewrites the
 * folder (stale files removed); otherwise any content difference fails with a unified diff, and
 * missing or extra files fail by name.
 */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("labforge.golden.update");
    }

    static void check(Path dir, List<RenderedFile> files) {
        Map<String, String> rendered = new TreeMap<>();
        files.forEach(f -> rendered.put(f.path(), f.content()));
        if (updating()) {
            rewrite(dir, rendered);
            return;
        }
        Map<String, String> expected = read(dir);
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(rendered.keySet());
        TreeSet<String> extra = new TreeSet<>(rendered.keySet());
        extra.removeAll(expected.keySet());
        StringBuilder problems = new StringBuilder();
        if (!missing.isEmpty()) {
            problems.append("golden files not rendered any more: ").append(missing).append('\n');
        }
        if (!extra.isEmpty()) {
            problems.append("rendered files without a golden copy: ").append(extra).append('\n');
        }
        for (Map.Entry<String, String> e : rendered.entrySet()) {
            String want = expected.get(e.getKey());
            if (want != null && !want.equals(e.getValue())) {
                problems.append(Diff.unified("golden/" + e.getKey(), "rendered/" + e.getKey(), want, e.getValue()));
            }
        }
        assertThat(problems.toString())
                .as("render of %s differs from its golden files (rerun with -Dlabforge.golden.update=true to accept)", dir)
                .isEmpty();
    }

    static Map<String, String> read(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void rewrite(Path dir, Map<String, String> rendered) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> e : rendered.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small unified diff (LCS over lines) for test failure messages. */
    static final class Diff {
        private static final int CONTEXT = 3;

        private Diff() {
        }

        static String unified(String fromName, String toName, String from, String to) {
            String[] a = from.split("\n", -1);
            String[] b = to.split("\n", -1);
            int[][] lcs = new int[a.length + 1][b.length + 1];
            for (int i = a.length - 1; i >= 0; i--) {
                for (int j = b.length - 1; j >= 0; j--) {
                    lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            // Edit script: ' ' keep, '-' delete from a, '+' insert from b; with line numbers.
            List<char[]> ops = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<int[]> pos = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.length || j < b.length) {
                if (i < a.length && j < b.length && a[i].equals(b[j])) {
                    ops.add(new char[] {' '});
                    texts.add(a[i]);
                    pos.add(new int[] {i++, j++});
                } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    ops.add(new char[] {'-'});
                    texts.add(a[i]);
                    pos.add(new int[] {i++, j});
                } else {
                    ops.add(new char[] {'+'});
                    texts.add(b[j]);
                    pos.add(new int[] {i, j++});
                }
            }
            StringBuilder out = new StringBuilder("--- ").append(fromName).append("\n+++ ").append(toName).append('\n');
            int k = 0;
            while (k < ops.size()) {
                if (ops.get(k)[0] == ' ') {
                    k++;
                    continue;
                }
                int start = Math.max(0, k - CONTEXT);
                int end = k;
                int lastChange = k;
                while (end < ops.size() && (ops.get(end)[0] != ' ' || end - lastChange <= 2 * CONTEXT)) {
                    if (ops.get(end)[0] != ' ') {
                        lastChange = end;
                    }
                    end++;
                }
                end = Math.min(ops.size(), lastChange + CONTEXT + 1);
                int aLen = 0;
                int bLen = 0;
                for (int x = start; x < end; x++) {
                    char op = ops.get(x)[0];
                    aLen += op != '+' ? 1 : 0;
                    bLen += op != '-' ? 1 : 0;
                }
                out.append("@@ -").append(pos.get(start)[0] + 1).append(',').append(aLen)
                        .append(" +").append(pos.get(start)[1] + 1).append(',').append(bLen).append(" @@\n");
                for (int x = start; x < end; x++) {
                    out.append(ops.get(x)[0]).append(texts.get(x)).append('\n');
                }
                k = end;
            }
            return out.toString();
        }
    }
}
