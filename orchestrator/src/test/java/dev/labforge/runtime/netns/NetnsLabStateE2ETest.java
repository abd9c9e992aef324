package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.testing.E2E;
import dev.labforge.testing.RecordingConsole;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.Runtimes;
import dev.labforge.workflow.UpOptions;
import dev.labforge.workflow.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands in the wrong order against a real lab: up twice, verify after an edit, exec after down. */
@E2E
class NetnsLabStateE2ETest {
    private static final String LAB = "lfe2e-again";
    private static final String TOR_NS = "clab-" + LAB + "-ceos01";

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    @Test
    void aSecondUpLeavesTheRunningLabAloneAndVerifyNoticesAnEditedSpec() throws Exception {
        // given the seed up under a test name
        Path lab = tmp.resolve("lab");
        Files.createDirectories(lab);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"))
                .replace("name: calico-bgp-lb", "name: " + LAB);
        Files.writeString(lab.resolve("lab.yaml"), spec);
        UpOptions options = new UpOptions("netns", null, Duration.ofSeconds(90), false, null);
        DefaultLabService service = service();
        try {
            assertThat(service.up(lab, options).verdict()).isEqualTo(Verdict.PASSED);
            int namespaces = E2ESupport.namespacesWithPrefix("clab-" + LAB + "-").size();
            int daemons = E2ESupport.daemonsOf(LAB).size();

            // when up runs again
            assertThatThrownBy(() -> service.up(lab, options)).isInstanceOf(LabAlreadyUpException.class)
                    .hasMessageContaining("is up from this folder");

            // then the running lab is untouched and still passes
            assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).hasSize(namespaces);
            assertThat(E2ESupport.daemonsOf(LAB)).hasSize(daemons);
            assertThat(service.verify(lab, options).verdict()).isEqualTo(Verdict.PASSED);

            // when the spec is edited, verify says so instead of failing checks
            Files.writeString(lab.resolve("lab.yaml"), spec.replace("block: 192.168.46.128/26", "block: 192.168.50.0/26"));
            assertThatThrownBy(() -> service.verify(lab, options)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("changed since `lab up`");
            Files.writeString(lab.resolve("lab.yaml"), spec);
        } finally {
            service.down(lab, "netns");
        }
        // then down left nothing, and exec/verify on the downed lab say it is not up
        E2ESupport.assertNothingLeft(LAB, List.of(TOR_NS));
        assertThat(lab.resolve(".labforge")).doesNotExist();
        assertThatThrownBy(() -> service.exec(lab, "ceos01", List.of("true"), "netns")).isInstanceOf(LabNotUpException.class);
        assertThatThrownBy(() -> service.verify(lab, options)).isInstanceOf(LabNotUpException.class)
                .hasMessageContaining("lab " + LAB + " is not up");
    }
}
