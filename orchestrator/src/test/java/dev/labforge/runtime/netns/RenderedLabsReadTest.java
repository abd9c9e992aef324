package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader against what `lab render` really writes for the reference labs (the contract in RENDERED.md). */
class RenderedLabsReadTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"07-calico-bgp", "08-calico-bgp-lb", "09-multi-ippool", "10-calico-bgp-ippool", "15-selective-bgp-peering"})
    void readsEveryReferenceLabRender(String lab) {
        // given
        Path dir = RenderedLabs.render(lab, null, tmp.resolve(lab));

        // when
        EmulationPlan plan = RenderedLabReader.read(dir);

        // then
        assertThat(plan.nodes()).isNotEmpty();
        assertThat(plan.tor().orElseThrow().ports()).hasSameSizeAs(plan.nodes());
        assertThat(plan.router().vlans()).isNotEmpty();
        assertThat(plan.pods()).allSatisfy(p -> assertThat(plan.node(p.node())).isPresent());
        assertThat(plan.blocks()).extracting(EmulationPlan.BlockPlan::node).containsExactlyInAnyOrderElementsOf(
                plan.nodes().stream().map(EmulationPlan.NodePlan::name).toList());
        assertThat(plan.router().frrConf()).contains("router bgp");
    }

    @Test
    void theRenderedSeedMatchesTheHandWrittenFixture() {
        // given
        EmulationPlan rendered = RenderedLabReader.read(RenderedLabs.render("10-calico-bgp-ippool", null, tmp.resolve("seed")));
        EmulationPlan fixture = RenderedLabReader.read(RenderedLabReaderTest.SEED);

        // then
        assertThat(rendered.lab()).isEqualTo(fixture.lab());
        assertThat(rendered.tor()).isEqualTo(fixture.tor());
        assertThat(rendered.nodes()).isEqualTo(fixture.nodes());
        assertThat(rendered.blocks()).isEqualTo(fixture.blocks());
        // The generator places the nginx Deployment on two workers; the fixture keeps one.
        assertThat(rendered.pods()).containsAll(fixture.pods());
        assertThat(rendered.router().vlans()).isEqualTo(fixture.router().vlans());
    }
}
