package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.platform.TorPlatforms;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed lab deployed for real: containerlab + kind + Calico + cEOS. Needs Docker, containerlab,
 * kind, root and the imported cEOS image; skipped elsewhere. Always destroys what it created.
 */
@EnabledIf(value = "dev.labforge.runtime.clab.DockerAvailability#fullClabAvailable",
        disabledReason = "needs a Docker engine, containerlab, kind, root and image ceos:4.34.0F; none of that runs on this machine")
class ClabSeedDeployIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void seedLabDeploysAndItsToRSeesEveryNodeEstablished() {
        // given
        RenderedLab lab = SeedLab.rendered(ClabRuntimeTest.copySeed(tmp.resolve("out")), TorPlatforms.byId("ceos"));
        ClabRuntime runtime = ClabRuntime.create();
        assertThat(runtime.preflight(lab)).allMatch(PreflightCheck::ok);
        try {
            // when
            runtime.deploy(lab, Duration.ofMinutes(40), System.out::println);
            LabProbeTarget target = runtime.probeTarget(lab);

            // then
            assertThat(target.torBgpPeers()).hasSize(4);
        } finally {
            runtime.destroy(lab.ref(), System.out::println);
        }
    }
}
