package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runtime (docker-java, real processes, real /proc/sys) where no Docker engine runs: it must
 * stop in preflight with a clear message and the fixes, never half-deploy.
 */
@DisabledIf(value = "dev.labforge.runtime.clab.DockerAvailability#dockerAvailable",
        disabledReason = "a Docker engine runs here; this test is about machines without one")
class ClabPreflightOnThisMachineTest {

    @TempDir
    Path tmp;

    @Test
    void withoutDockerPreflightFailsCleanlyNamingWhatIsMissingAndHowToGetIt() {
        // given
        RenderedLab lab = SeedLab.rendered(ClabRuntimeTest.copySeed(tmp.resolve("out")), dev.labforge.model.Platform.CEOS);
        ClabRuntime runtime = ClabRuntime.create();
        List<String> progress = new ArrayList<>();

        // when
        List<PreflightCheck> checks = runtime.preflight(lab);

        // then
        assertThat(checks).filteredOn(c -> !c.ok()).first()
                .satisfies(c -> assertThat(c.description()).isEqualTo("Docker engine reachable"))
                .satisfies(c -> assertThat(c.detail()).startsWith("cannot reach the Docker engine at "))
                .satisfies(c -> assertThat(c.fix()).contains("https://docs.docker.com/engine/install/"));
        assertThat(checks).allMatch(c -> c.ok() || c.fix() != null);
        assertThatThrownBy(() -> runtime.deploy(lab, Duration.ofMinutes(1), progress::add))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("the clab runtime cannot run here:")
                .hasMessageContaining("Docker engine reachable");
        assertThat(tmp.resolve("out/k01.kubeconfig")).doesNotExist();
    }
}
