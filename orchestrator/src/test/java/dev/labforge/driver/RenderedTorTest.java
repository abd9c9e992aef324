package dev.labforge.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedTorTest {
    @TempDir
    Path tmp;

    @Test
    void theToRIsTheRouterNodeOfTheTopologyWithThePlatformOfThePlan() {
        // when
        RenderedTor tor = RenderedTor.read(CeosDriverTest.SEED);

        // then
        assertThat(tor.name()).isEqualTo("ceos01");
        assertThat(tor.driver().platform()).isEqualTo("ceos");
        assertThat(tor.kind()).isEqualTo("arista_ceos");
        assertThat(tor.image()).isEqualTo("ceos:4.34.0F");
        assertThat(tor.startupConfigFile()).hasValueSatisfying(p -> assertThat(p).endsWith(Path.of("startup-configs/ceos01-startup-config.cfg")));
    }

    @Test
    void aPlanWhosePlatformIsNotTheTopologysRouterKindIsRefused() throws IOException {
        // given
        Path dir = copySeed();
        Files.writeString(dir.resolve("labforge/plan.yaml"), "lab: calico-bgp-lb\ntor: ceos01\ntorPlatform: frr\n");

        // when / then: the plan says frr, the topology's router is a cEOS
        assertThatThrownBy(() -> RenderedTor.read(dir)).isInstanceOf(RenderedTorException.class)
                .hasMessage("topology.clab.yaml: node ceos01 has kind arista_ceos but labforge/plan.yaml says torPlatform frr, whose"
                        + " routers are kind linux; the folder mixes two renders: re-render the lab");
    }

    @Test
    void aPlanWithoutPlatformOrWithAnUnknownOneAsksForARender() throws IOException {
        // given
        Path dir = copySeed();
        Files.writeString(dir.resolve("labforge/plan.yaml"), "lab: calico-bgp-lb\ntor: ceos01\n");

        // when / then
        assertThatThrownBy(() -> RenderedTor.read(dir)).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining("labforge/plan.yaml").hasMessageContaining("torPlatform is missing");
        Files.writeString(dir.resolve("labforge/plan.yaml"), "lab: calico-bgp-lb\ntor: ceos01\ntorPlatform: sonic\n");
        assertThatThrownBy(() -> RenderedTor.read(dir)).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining("ToR platform 'sonic' is not one this labforge drives");
    }

    @Test
    void aPlanNamingAToRTheTopologyLacksIsRefused() throws IOException {
        // given
        Path dir = copySeed();
        Files.writeString(dir.resolve("labforge/plan.yaml"), "lab: calico-bgp-lb\ntor: tor9\ntorPlatform: ceos\n");

        // when / then
        assertThatThrownBy(() -> RenderedTor.read(dir)).isInstanceOf(RenderedTorException.class)
                .hasMessage("labforge/plan.yaml names tor9 the ToR but topology.clab.yaml has no such node; the folder mixes"
                        + " two renders: re-render the lab");
    }

    @Test
    void aFolderWithoutPlanSaysItIsNoCompleteRender() {
        // when / then
        assertThatThrownBy(() -> RenderedTor.read(tmp)).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining(tmp.resolve("labforge/plan.yaml") + " is missing")
                .hasMessageContaining("re-render the lab");
    }

    @Test
    void aStartupConfigOutsideTheFolderIsRefused() throws IOException {
        // given
        Path dir = copySeed();
        Path topology = dir.resolve("topology.clab.yaml");
        Files.writeString(topology, Files.readString(topology)
                .replace("startup-config: startup-configs/ceos01-startup-config.cfg", "startup-config: ../../etc/passwd"));

        // when / then
        assertThatThrownBy(() -> RenderedTor.read(dir).startupConfigFile()).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining("'../../etc/passwd' points outside the rendered folder");
    }

    @Test
    void twoRoutersAreRefused() throws IOException {
        // given
        Path dir = copySeed();
        Path topology = dir.resolve("topology.clab.yaml");
        Files.writeString(topology, Files.readString(topology).replace("  nodes:\n", "  nodes:\n    r0:\n      kind: linux\n"));

        // when / then
        assertThatThrownBy(() -> RenderedTor.read(dir)).isInstanceOf(RenderedTorException.class)
                .hasMessageContaining("node r0 is a second router (labforge/plan.yaml names ceos01 the ToR)");
    }

    private Path copySeed() throws IOException {
        Path out = tmp.resolve("seed");
        try (Stream<Path> files = Files.walk(CeosDriverTest.SEED)) {
            for (Path p : files.toList()) {
                Path dest = out.resolve(CeosDriverTest.SEED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return out;
    }
}
