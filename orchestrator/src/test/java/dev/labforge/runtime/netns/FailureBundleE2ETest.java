package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.Verdict;
import dev.labforge.testing.E2E;
import dev.labforge.testing.RecordingConsole;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.Runtimes;
import dev.labforge.workflow.UpOptions;
import dev.labforge.workflow.VerificationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab whose author expects something the design cannot give (a TTL of 60 where the path gives 61):
 * `lab up` fails verification with exit-code semantics, keeps the lab for debugging, and the failure
 * bundle holds what an engineer needs: rendered files, FRR logs and config, and live show outputs.
 */
@E2E
class FailureBundleE2ETest {
    private static final String LAB = "lfe2e-bundle";

    @TempDir
    Path tmp;

    @Test
    void aFailedCheckWritesABundleWithLogsAndShowOutputs() throws Exception {
        // given the seed with one wrong expectation
        Path lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"))
                .replace("name: calico-bgp-lb", "name: " + LAB)
                .replace("to: multitool-1@k01-worker3, ttl: 61}", "to: multitool-1@k01-worker3, ttl: 60}");
        Files.writeString(lab.resolve("lab.yaml"), spec);
        Path reports = tmp.resolve("reports");
        DefaultLabService service = new DefaultLabService(new ProcessCommandRunner(), new RecordingConsole(),
                new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of()), Clock.systemUTC(), Sleeper.real());
        try {
            // when / then
            assertThatThrownBy(() -> service.up(lab, new UpOptions("netns", reports, Duration.ofSeconds(60), false, null)))
                    .isInstanceOfSatisfying(VerificationFailedException.class, e -> {
                        assertThat(e.report().verdict()).isEqualTo(Verdict.FAILED);
                        assertThat(e.report().checks()).filteredOn(c -> c.failed()).singleElement()
                                .satisfies(c -> assertThat(c.observed()).contains("ttl 61"));
                    });
            Path bundle = reports.resolve("failure-bundle");
            assertThat(bundle.resolve("rendered/topology.clab.yaml")).exists();
            assertThat(bundle.resolve("ceos01/frr.conf")).content().contains("router bgp 65010");
            assertThat(bundle.resolve("ceos01/show-bgp-summary.txt")).content().contains("10.10.20.20");
            assertThat(bundle.resolve("k01-worker3/birdc-show-protocols-all.txt")).content().contains("Established");
            assertThat(bundle.resolve("k01-worker3/ip-route.txt")).content().contains("192.168.42.192/26 via 10.10.20.1");
            assertThat(reports.resolve("junit.xml")).content().contains("<failure");
        } finally {
            service.down(lab, "netns");
        }
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).isEmpty();
    }
}
