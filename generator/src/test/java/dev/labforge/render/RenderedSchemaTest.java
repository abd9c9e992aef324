package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.selector.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered file of every case against our schemas (containerlab, kind, kubeadm patches, Calico
 * v1 CRDs, the operator's Installation) and the general rules: YAML parses, no placeholder text.
 */
class RenderedSchemaTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("TODO|FIXME|XXX|CHANGEME|\\$\\{|\\bnull\\b|<[a-z-]+>");

    static List<RenderCases.Case> cases() {
        List<RenderCases.Case> all = new ArrayList<>(RenderCases.all());
        all.addAll(RenderCases.large());
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_file_validates_against_its_schema(RenderCases.Case c) {
        // given
        Map<String, String> files = byPath(c.render());
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        // when
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            if (path.equals(RenderedPaths.TOPOLOGY)) {
                problems.addAll(topology(f.getValue()));
            } else if (path.endsWith(".kind.yaml")) {
                problems.addAll(kind(f.getValue()));
            } else if (path.equals(RenderedPaths.CUSTOM_RESOURCES)) {
                List<Object> docs = Yaml.documents(f.getValue());
                assertThat(docs).as(path).hasSize(2);
                problems.addAll(prefixed(path, Schemas.violations("calico-installation", docs.get(0))));
                problems.addAll(prefixed(path, Schemas.violations("calico-apiserver", docs.get(1))));
            } else if (path.equals(RenderedPaths.BGP_CONFIGURATION)) {
                problems.addAll(prefixed(path, Schemas.violations("calico-bgpconfiguration", Yaml.document(f.getValue()))));
            } else if (path.startsWith(RenderedPaths.CALICO_DIR + "/ipreservation-")) {
                problems.addAll(prefixed(path, Schemas.violations("calico-ipreservation", Yaml.document(f.getValue()))));
            } else if (path.startsWith(RenderedPaths.CALICO_DIR + "/bgppeer-")) {
                Map<String, Object> peer = Yaml.document(f.getValue());
                problems.addAll(prefixed(path, Schemas.violations("calico-bgppeer", peer)));
                Selector.parse((String) Yaml.at(peer, "spec.nodeSelector"));
            } else if (path.equals(RenderedPaths.LB_IPPOOL)) {
                for (Object pool : Yaml.documents(f.getValue())) {
                    problems.addAll(prefixed(path, Schemas.violations("calico-ippool", pool)));
                }
            } else if (path.equals(RenderedPaths.PLAN)) {
                problems.addAll(prefixed(path, Schemas.violations("labforge-plan", Yaml.document(f.getValue()))));
            } else if (path.startsWith(RenderedPaths.TOOLS_DIR + "/") || path.startsWith(RenderedPaths.MANIFESTS_DIR + "/")) {
                for (Object doc : Yaml.documents(f.getValue())) {
                    problems.addAll(prefixed(path, Schemas.violations("k8s-workload", doc)));
                }
            } else {
                continue;
            }
            checked.add(path);
        }
        // then
        assertThat(problems).as("schema violations in %s", c.name()).isEmpty();
        assertThat(checked).as("files with a schema").contains(RenderedPaths.TOPOLOGY, RenderedPaths.kindConfig(c.lab().cluster()),
                RenderedPaths.CUSTOM_RESOURCES, RenderedPaths.PLAN);
        assertThat(checked.contains(RenderedPaths.BGP_CONFIGURATION)).as("a BGPConfiguration exactly when a Calico default changes")
                .isEqualTo(CalicoOutput.needsBgpConfiguration(c.lab()));
        assertThat(checked).filteredOn(p -> p.startsWith(RenderedPaths.CALICO_DIR + "/bgppeer-")).hasSize(c.lab().calico().peers().size());
        assertThat(checked).filteredOn(p -> p.startsWith(RenderedPaths.CALICO_DIR + "/ipreservation-"))
                .hasSize(c.lab().calico().reservations().size());
        assertThat(checked).as("every rendered YAML file has a schema").containsAll(
                files.keySet().stream().filter(p -> p.endsWith(".yaml")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_yaml_parses_and_no_file_has_placeholders(RenderCases.Case c) {
        for (RenderedFile f : c.render()) {
            if (f.path().endsWith(".yaml")) {
                assertThat(Yaml.documents(f.content())).as(f.path()).isNotEmpty().doesNotContainNull();
            }
            assertThat(f.content()).as(f.path()).endsWith("\n").doesNotContain("\t");
            assertThat(PLACEHOLDER.matcher(f.content()).results().map(m -> m.group()).toList())
                    .as("placeholder-like text in %s", f.path()).isEmpty();
        }
    }

    @Test
    void clab_schema_rejects_what_containerlab_rejects() {
        // given: an unknown node key, a kind containerlab does not know and a malformed endpoint
        Map<String, Object> topo = Map.of("name", "x", "topology", Map.of(
                "nodes", Map.of("a", Map.of("kind", "ceos", "startup", "x")),
                "links", List.of(Map.of("endpoints", List.of("a:eth1", "b")))));
        // when
        List<String> problems = Schemas.violations("clab-topology", topo);
        // then
        assertThat(String.join("\n", problems)).contains("startup").contains("ceos").contains("endpoints");
    }

    @Test
    void calico_schemas_reject_unknown_fields_and_wrong_types() {
        // given
        Map<String, Object> peer = Map.of("apiVersion", "crd.projectcalico.org/v1", "kind", "BGPPeer",
                "metadata", Map.of("name", "p"), "spec", Map.of("peerIP", "10.0.0.1", "asNumber", "65010", "nextHopMode", "Self"));
        // when
        List<String> problems = Schemas.violations("calico-bgppeer", peer);
        // then: nextHopMode only exists from Calico 3.32, asNumber must be a number
        assertThat(problems).anyMatch(p -> p.contains("nextHopMode")).anyMatch(p -> p.contains("asNumber"));
    }

    /** containerlab's schema lacks extras.k8s_kind (its Go types accept it): check it exactly, then validate without it. */
    private static List<String> topology(String text) {
        Map<String, Object> topo = Yaml.document(text);
        List<String> problems = new ArrayList<>();
        Map<String, Object> nodes = Yaml.map(Yaml.at(topo, "topology.nodes"));
        for (Map.Entry<String, Object> e : nodes.entrySet()) {
            Map<String, Object> node = Yaml.map(e.getValue());
            if (node.containsKey("extras")) {
                assertThat(node.get("kind")).as("only the k8s-kind node has extras").isEqualTo("k8s-kind");
                assertThat(node.get("extras")).isEqualTo(Map.of("k8s_kind", Map.of("deploy", Map.of("wait", "0s"))));
                node.remove("extras");
            }
            Object exec = node.get("exec");
            if (exec != null) {
                // The netns runtime runs exec lines itself and accepts only ip commands.
                assertThat(Yaml.list(exec)).as("exec of %s", e.getKey()).allMatch(l -> ((String) l).startsWith("ip "));
            }
        }
        Object links = Yaml.map(topo.get("topology")).get("links");
        assertThat(links == null).as("no links exactly when the lab has no ToR (kind wires its own nodes)")
                .isEqualTo(nodes.values().stream().map(Yaml::map).noneMatch(n -> !"k8s-kind".equals(n.get("kind"))));
        for (Object link : links == null ? List.of() : Yaml.list(links)) {
            for (Object endpoint : Yaml.list(Yaml.map(link).get("endpoints"))) {
                assertThat(nodes).as("link endpoint %s names a node", endpoint).containsKey(((String) endpoint).split(":")[0]);
            }
        }
        problems.addAll(prefixed(RenderedPaths.TOPOLOGY, Schemas.violations("clab-topology", topo)));
        return problems;
    }

    private static List<String> kind(String text) {
        Map<String, Object> cluster = Yaml.document(text);
        List<String> problems = new ArrayList<>(prefixed("kind", Schemas.violations("kind-cluster", cluster)));
        for (Object node : Yaml.list(cluster.get("nodes"))) {
            Object patches = Yaml.map(node).get("kubeadmConfigPatches");
            for (Object patch : patches == null ? List.of() : Yaml.list(patches)) {
                problems.addAll(prefixed("kubeadm patch", Schemas.violations("kubeadm-patch", Yaml.document((String) patch))));
            }
        }
        return problems;
    }

    private static List<String> prefixed(String file, List<String> problems) {
        return problems.stream().map(p -> file + ": " + p).toList();
    }

    private static Map<String, String> byPath(List<RenderedFile> files) {
        return files.stream().collect(Collectors.toMap(RenderedFile::path, RenderedFile::content, (a, b) -> a, LinkedHashMap::new));
    }
}
