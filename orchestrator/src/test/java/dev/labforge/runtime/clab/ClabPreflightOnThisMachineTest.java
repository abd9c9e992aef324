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
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runtime (docker-java, real processes, real /proc/sys) where no Docker engine answers (its
 * socket points at an empty folder, so this runs whether or not the machine has an engine): it must
 * stop in preflight with a clear message and the fixes, never half-deploy.
 */
class ClabPreflightOnThisMachineTest {

    @TempDir
    Path tmp;

    @Test
    void withoutDockerPreflightFailsCleanlyNamingWhatIsMissingAndHowToGetIt() {
        // given
        RenderedLab lab = SeedLab.rendered(ClabRuntimeTest.copySeed(tmp.resolve("out")), dev.labforge.platform.TorPlatforms.byId("ceos"));
        ClabRuntime.Dependencies real = ClabRuntime.Dependencies.real();
        ClabRuntime runtime = new ClabRuntime(new ClabRuntime.Dependencies(real.runner(),
                new DockerJavaEngine("unix://" + tmp.resolve("no-engine.sock")), real.kube(), real.manifests(), real.limits(),
                real.deadlines(), real.clock(), real.sleeper(), real.pollInterval()));
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
