package dev.labforge.render;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlScalarTest {

    @ParameterizedTest
    @ValueSource(strings = {"k01-worker", "bgppeer-vlan-10", "startup-configs/ceos01-startup-config.cfg", "a.b_c"})
    void safe_names_stay_plain(String name) {
        assertThat(YamlScalar.of(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "No", "on", "OFF", "true", "null", "y", "10-lab", "1:20", "-x", "has space", "a\"b", ""})
    void names_yaml_would_misread_are_quoted_and_read_back_as_the_same_string(String name) {
        // when
        String scalar = YamlScalar.of(name);
        // then
        assertThat(scalar).startsWith("\"").endsWith("\"");
        assertThat(Yaml.document("k: " + scalar)).isEqualTo(Map.of("k", name));
    }

    @Test
    void a_workload_named_like_a_boolean_renders_as_a_string() {
        // given
        LabSpec seed = SeedSpecs.seed();
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(), seed.calico(),
                List.of(new WorkloadSpec("on", "DaemonSet", "praqma/network-multitool", null, null, null)), null);
        // when
        String ds = OutputVariantsTest.render(Resolver.resolve(spec)).get("tools/on.yaml");
        // then
        assertThat(Yaml.at(Yaml.document(ds), "metadata.name")).isEqualTo("on");
        assertThat(Yaml.at(Yaml.document(ds), "spec.selector.matchLabels.app")).isEqualTo("on");
    }
}
