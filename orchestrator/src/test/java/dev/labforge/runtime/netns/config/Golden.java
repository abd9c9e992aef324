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
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
