package dev.labforge.render;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {

    @Test
    void two_outputs_writing_the_same_path_is_an_error_naming_the_path() {
        // given: a LoadBalancer service named like the LB IP pool file
        LabSpec seed = SeedSpecs.seed();
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(), seed.calico(),
                List.of(new WorkloadSpec("web", "Deployment", "nginx:stable", 1, null,
                        new ServiceSpec("lb-ippool", "LoadBalancer", 80))), null);
        // when / then
        assertThatThrownBy(() -> Renderer.render(Resolver.resolve(spec), TemplateCatalog.builtIn()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k8s-manifests/lb-ippool.yaml")
                .hasMessageContaining("manifests");
    }

    @Test
    void outputs_run_in_the_documented_order() {
        assertThat(Renderer.outputs()).extracting(Output::id)
                .containsExactly("clab", "kind", "startup", "calico", "manifests", "tools", "plan", "readme");
    }
}
