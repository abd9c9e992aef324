package dev.labforge.render;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {
    private static final Lab SEED = Resolver.resolve(SeedSpecs.seed());

    @TempDir
    Path labDir;

    @Test
    void built_in_catalog_is_created_once() {
        assertThat(TemplateCatalog.builtIn()).isSameAs(TemplateCatalog.builtIn());
        assertThat(TemplateCatalog.builtIn().overrideDir()).isEmpty();
    }

    @Test
    void a_lab_without_templates_folder_uses_the_built_in_catalog() {
        assertThat(TemplateCatalog.forLab(labDir)).isSameAs(TemplateCatalog.builtIn());
    }

    @Test
    void a_lab_template_overrides_the_built_in_of_the_same_name_only() throws IOException {
        // given
        write("startup/ceos/startup-config.cfg.ftl", "hostname ${hostname}-custom\n");
        // when
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        Map<String, String> custom = byPath(Renderer.render(SEED, catalog));
        Map<String, String> builtIn = byPath(Renderer.render(SEED, TemplateCatalog.builtIn()));
        // then
        assertThat(catalog.overrideDir()).contains(labDir.resolve("templates"));
        assertThat(custom.get("startup-configs/ceos01-startup-config.cfg")).isEqualTo("hostname ceos01-custom\n");
        assertThat(custom).hasSameSizeAs(builtIn);
        builtIn.forEach((path, content) -> {
            if (!path.startsWith("startup-configs/")) {
                assertThat(custom.get(path)).as(path).isEqualTo(content);
            }
        });
    }

    @Test
    void overriding_a_shared_macro_file_changes_every_output_that_imports_it() throws IOException {
        // given
        write("_common.ftl", """
                <#macro banner prefix="#">
                ${prefix} course: ${lab.name}
                </#macro>
                <#macro yamlList items indent>
                <#list items as item>
                ${""?left_pad(indent)}- ${item?c}
                </#list>
                </#macro>
                """);
        // when
        Map<String, String> files = byPath(Renderer.render(SEED, TemplateCatalog.forLab(labDir)));
        // then
        assertThat(files.get("topology.clab.yaml")).startsWith("# course: calico-bgp-lb\nname: calico-bgp-lb\n");
        assertThat(files.get("startup-configs/ceos01-startup-config.cfg")).startsWith("! course: calico-bgp-lb\n");
    }

    @Test
    void an_override_added_after_a_render_is_picked_up() throws IOException {
        // given
        Files.createDirectories(labDir.resolve("templates"));
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        String before = byPath(Renderer.render(SEED, catalog)).get("calico-cni-config/bgppeer-vlan-10.yaml");
        // when
        write("calico/bgppeer.yaml.ftl", "peer: ${peer.name}\n");
        String after = byPath(Renderer.render(SEED, catalog)).get("calico-cni-config/bgppeer-vlan-10.yaml");
        // then
        assertThat(before).contains("kind: BGPPeer");
        assertThat(after).isEqualTo("peer: bgppeer-vlan-10\n");
    }

    @Test
    void a_missing_value_fails_with_the_template_name_and_the_expression() throws IOException {
        // given
        write("calico/bgppeer.yaml.ftl", "peer: ${peer.password}\n");
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        // when / then
        assertThatThrownBy(() -> Renderer.render(SEED, catalog))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("calico/bgppeer.yaml.ftl")
                .hasMessageContaining("peer.password");
    }

    @Test
    void a_syntax_error_in_a_lab_template_names_the_template() throws IOException {
        // given
        write("kind/cluster.kind.yaml.ftl", "<#list nodes as n>${n.name}\n");
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        // when / then
        assertThatThrownBy(() -> Renderer.render(SEED, catalog))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("kind/cluster.kind.yaml.ftl");
    }

    @Test
    void an_unknown_template_is_reported_with_where_it_was_looked_for() throws IOException {
        // given
        Files.createDirectories(labDir.resolve("templates"));
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        // when / then
        assertThatThrownBy(() -> catalog.render("nope/missing.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("nope/missing.ftl not found")
                .hasMessageContaining(labDir.resolve("templates").toString());
    }

    @Test
    void numbers_print_without_grouping_and_booleans_as_true_false() throws IOException {
        // given
        write("probe.ftl", "${n} ${b} ${d}");
        // when
        String out = TemplateCatalog.forLab(labDir).render("probe.ftl", Map.of("n", 4200000001L, "b", true, "d", 1.5));
        // then
        assertThat(out).isEqualTo("4200000001 true 1.5");
    }

    @Test
    void lab_templates_cannot_instantiate_java_classes() throws IOException {
        // given
        write("evil.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        TemplateCatalog catalog = TemplateCatalog.forLab(labDir);
        // when / then
        assertThatThrownBy(() -> catalog.render("evil.ftl", Map.of())).isInstanceOf(RenderException.class);
    }

    private void write(String name, String text) throws IOException {
        Path p = labDir.resolve("templates").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Map<String, String> byPath(List<RenderedFile> files) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), f.content()));
        return out;
    }
}
