package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.testing.RecordingConsole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LabConsoleTest {
    private final RecordingConsole recorded = new RecordingConsole();
    private final LabConsole console = new LabConsole(recorded, "lab10");

    @Test
    void everyLineOfEveryKindCarriesTheLabsName() {
        // when
        console.phase("deploy");
        console.info("  - namespaces");
        console.phaseDone("deploy", true, Duration.ofSeconds(1), "");
        console.warn("calico-bgp-lb (netns): FAILED\n  bgp 7/8 (1 failed)\n\n  FAILED bgp x");
        console.info("");

        // then
        assertThat(recorded.lines()).containsExactly(
                "phase [lab10] deploy",
                "[lab10]   - namespaces",
                "done [lab10] deploy true",
                "warn [lab10] calico-bgp-lb (netns): FAILED\n[lab10]   bgp 7/8 (1 failed)\n[lab10]\n[lab10]   FAILED bgp x",
                "[lab10]");
    }
}
