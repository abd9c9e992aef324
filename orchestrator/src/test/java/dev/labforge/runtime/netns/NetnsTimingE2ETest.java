package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.labforge.testing.E2E;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timing harness, not a timed test: run with -Dlabforge.netns.timing=true to print deploy-to-all-BGP-Established
 * and destroy times of the seed lab (median of 5). Asserts only that each run converged and left nothing.
 */
@EnabledIfSystemProperty(named = "labforge.netns.timing", matches = "true")
@E2E
class NetnsTimingE2ETest {
    private static final String LAB = "lfe2e-timing";

    @Test
    void seedDeployToEstablishedAndDestroy() throws Exception {
        Path dir = E2ESupport.seedCopy(Files.createTempDirectory("netns-timing"), LAB);
        NetnsRuntime runtime = new NetnsRuntime();
        RenderedLab lab = new RenderedLab(LAB, dir, null);
        String torNs = "clab-" + LAB + "-ceos01";
        List<Long> up = new ArrayList<>();
        List<Long> down = new ArrayList<>();
        List<String> stepLog = new ArrayList<>();
        runtime.destroy(lab.ref(), m -> { });
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try {
                runtime.deploy(lab, Duration.ofSeconds(60), m -> stepLog.add(m + "@" + (System.nanoTime() - t0) / 1_000_000));
                stepLog.add("deployed@" + (System.nanoTime() - t0) / 1_000_000);
                // "Established" count from FRR's JSON; raw text so this harness does not depend on the parsers.
                while (Arrays.stream(new ProcessCommandRunner().run(Command.of("vtysh", "-N", torNs, "-c", "show bgp summary json"))
                        .stdout().split("\"state\":\"Established\"", -1)).count() - 1 < 4) {
                    assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(30).toNanos());
                    Thread.sleep(20);
                }
                up.add((System.nanoTime() - t0) / 1_000_000);
            } finally {
                long t1 = System.nanoTime();
                runtime.destroy(lab.ref(), m -> stepLog.add("destroy " + m + "@" + (System.nanoTime() - t1) / 1_000_000));
                down.add((System.nanoTime() - t1) / 1_000_000);
            }
            E2ESupport.assertNothingLeft(LAB, List.of(torNs));
        }
        System.out.println("netns seed: deploy->all Established ms " + up + " median " + median(up));
        System.out.println("netns seed: destroy ms " + down + " median " + median(down));
        System.out.println("steps: " + stepLog);
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
