package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden-file comparison; -Dlabforge.golden.update=true rewrites the files instead. */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/netnscfg/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("labforge.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (regenerate with -Dlabforge.golden.update=true)", file).exists();
        String expected = Files.readString(file);
        assertThat(actual).as("%s differs (regenerate with -Dlabforge.golden.update=true):%n%s", file, firstDifference(expected, actual))
                .isEqualTo(expected);
    }

    /** The first differing line with two lines of context, diff-style. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("@@ line ").append(i + 1).append(" @@\n");
        for (int c = Math.max(0, i - 2); c < i; c++) {
            sb.append("  ").append(e[c]).append('\n');
        }
        for (int c = i; c < Math.min(e.length, i + 3); c++) {
            sb.append("- ").append(e[c]).append('\n');
        }
        for (int c = i; c < Math.min(a.length, i + 3); c++) {
            sb.append("+ ").append(a[c]).append('\n');
        }
        return sb.toString();
    }
}
