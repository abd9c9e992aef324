package dev.labforge.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator's packages depend one way: cli → workflow → runtime (and the ToR drivers) → probe →
 * report, and every package may use exec and wait, which use nothing above them. Read from the sources, so an import
 * (or a fully qualified name) that points upwards fails here with the file that has it.
 */
class PackageDirectionTest {
    private static final Path MAIN = Path.of("src/main/java/dev/labforge");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.labforge\\.([a-z]+)\\.");

    /** Package → the orchestrator packages it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "runtime", List.of("workflow", "cli"),
            "probe", List.of("runtime", "workflow", "cli"),
            "report", List.of("probe", "runtime", "workflow", "cli"),
            "exec", List.of("probe", "report", "runtime", "workflow", "cli"),
            "wait", List.of("exec", "probe", "report", "runtime", "workflow", "cli"),
            "workflow", List.of("cli"),
            "driver", List.of("workflow", "cli"));

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        // given
        List<String> upwards = new ArrayList<>();

        // when
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(rule.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = REFERENCE.matcher(Files.readString(file));
                    while (m.find()) {
                        if (rule.getValue().contains(m.group(1))) {
                            upwards.add(MAIN.relativize(file) + " uses dev.labforge." + m.group(1));
                        }
                    }
                }
            }
        }

        // then
        assertThat(upwards).isEmpty();
    }
}
