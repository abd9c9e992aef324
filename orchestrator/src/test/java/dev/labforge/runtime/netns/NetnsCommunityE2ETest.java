package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed whose BGPConfiguration lost its prefixAdvertisements (a lab template override, as an author
 * editing the rendered resource would): the blocks still reach the ToR, but untagged, so exactly the
 * community checks fail, each by name, and everything else passes.
 */
@E2E
class NetnsCommunityE2ETest {
    private static final String LAB = "lfe2e-nocomm";

    /** The built-in template without its prefixAdvertisements section. */
    private static final String NO_COMMUNITIES = """
            apiVersion: crd.projectcalico.org/v1
            kind: BGPConfiguration
            metadata:
              name: default
            spec:
              logSeverityScreen: ${calico.logSeverity}
              asNumber: ${calico.asn}
              nodeToNodeMeshEnabled: ${calico.nodeToNodeMesh}
              serviceLoadBalancerIPs:
                - cidr: "172.16.0.240/28"
            """;

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private Path lab;

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    @AfterEach
    void down() {
        if (lab != null) {
            service().down(lab, "netns");
        }
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void aBgpConfigurationWithoutTheCommunityFailsExactlyTheCommunityChecksByName() throws Exception {
        // given: the seed, its BGPConfiguration rendered without prefixAdvertisements
        lab = tmp.resolve("lab");
        Files.createDirectories(lab.resolve("templates/calico"));
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(lab.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        Files.writeString(lab.resolve("templates/calico/bgp-configuration.yaml.ftl"), NO_COMMUNITIES);

        // when
        Throwable thrown = catchThrowable(() -> service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(20), false, null)));

        // then
        assertThat(thrown).isInstanceOf(VerificationFailedException.class);
        Report report = ((VerificationFailedException) thrown).report();
        assertThat(report.checks().stream().filter(CheckOutcome::failed)).extracting(CheckOutcome::name).containsExactly(
                "community ceos01 192.168.69.0/26 (k01-control-plane)",
                "community ceos01 192.168.42.192/26 (k01-worker)",
                "community ceos01 192.168.88.192/26 (k01-worker2)",
                "community ceos01 192.168.46.128/26 (k01-worker3)");
        assertThat(report.checks().stream().filter(CheckOutcome::failed))
                .allSatisfy(c -> assertThat(c.observed()).as(c.name()).contains("expected carries 65010:100"));
        assertThat(report.checks().stream().filter(c -> !c.type().equals("community"))).allMatch(CheckOutcome::passed);
    }
}
