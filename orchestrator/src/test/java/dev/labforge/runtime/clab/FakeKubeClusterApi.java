package dev.labforge.runtime.clab;

import dev.labforge.runtime.clab.KubeClusterApi.Condition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A cluster in memory: records applies, answers readiness from fields the test sets. */
final class FakeKubeClusterApi implements KubeClusterApi {
    final List<String> applied = new ArrayList<>();
    final Set<String> establishedCrds = new HashSet<>();
    final Map<String, List<Condition>> tigera = new HashMap<>();
    final Map<String, Boolean> nodes = new LinkedHashMap<>();
    final Map<String, List<PodInfo>> podsBySelector = new HashMap<>();
    final Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
    final Map<String, ExecOutput> execAnswers = new HashMap<>();
    /** Answers that depend on the command, by pod (tried before {@link #execAnswers}). */
    final Map<String, java.util.function.Function<List<String>, ExecOutput>> execFunctions = new HashMap<>();
    final List<String> execs = new ArrayList<>();
    boolean closed;
    java.util.function.IntConsumer onNodesPoll = n -> { };
    private int nodePolls;

    /** Everything Ready: CRDs established, TigeraStatus Available, nodes and pods Ready. */
    static FakeKubeClusterApi healthy() {
        FakeKubeClusterApi k = new FakeKubeClusterApi();
        k.establishedCrds.addAll(List.of("installations.operator.tigera.io", "tigerastatuses.operator.tigera.io"));
        k.tigera.put("calico", List.of(new Condition("Available", "True", "AllObjectsAvailable", "")));
        k.tigera.put("apiserver", List.of(new Condition("Available", "True", "AllObjectsAvailable", "")));
        SeedLab.NODES.forEach(n -> k.nodes.put(n, true));
        for (String w : List.of("multitool-1", "multitool-2")) {
            k.podsBySelector.put("app=" + w, SeedLab.NODES.stream()
                    .map(n -> new PodInfo(w + "-" + n, "default", n, null, "Running", true)).toList());
        }
        k.podsBySelector.put("app=nginx", List.of(new PodInfo("nginx-7d9", "default", "k01-worker", null, "Running", true)));
        return k;
    }

    @Override
    public List<ResourceRef> apply(Path yamlFile) {
        String name = yamlFile.getFileName().toString();
        String parent = yamlFile.getParent() == null ? "" : yamlFile.getParent().getFileName() + "/";
        applied.add(name.equals(CalicoManifests.CRDS) || name.equals(CalicoManifests.OPERATOR) ? name : parent + name);
        if (name.equals(CalicoManifests.CRDS)) {
            return List.of(
                    new ResourceRef("apiextensions.k8s.io/v1", "CustomResourceDefinition", "installations.operator.tigera.io", null),
                    new ResourceRef("apiextensions.k8s.io/v1", "CustomResourceDefinition", "tigerastatuses.operator.tigera.io", null));
        }
        return List.of();
    }

    @Override
    public boolean crdEstablished(String crdName) {
        return establishedCrds.contains(crdName);
    }

    @Override
    public Optional<List<Condition>> tigeraStatusConditions(String name) {
        return Optional.ofNullable(tigera.get(name));
    }

    @Override
    public Map<String, Boolean> nodesReady() {
        onNodesPoll.accept(++nodePolls);
        return Map.copyOf(nodes);
    }

    @Override
    public List<PodInfo> pods(String namespace, String labelSelector) {
        return podsBySelector.getOrDefault(labelSelector, List.of());
    }

    @Override
    public Optional<Map<String, Object>> getClusterResource(String apiVersion, String kind, String name) {
        return Optional.ofNullable(resources.get(kind + "/" + name));
    }

    @Override
    public List<Map<String, Object>> listClusterResources(String apiVersion, String kind) {
        return resources.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "/")).map(Map.Entry::getValue).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createOrUpdateClusterResource(Map<String, Object> resource) {
        String name = (String) ((Map<String, Object>) resource.get("metadata")).get("name");
        String key = resource.get("kind") + "/" + name;
        Map<String, Object> merged = new LinkedHashMap<>(resources.getOrDefault(key, Map.of()));
        merged.putAll(resource);
        resources.put(key, merged);
    }

    @Override
    public ExecOutput exec(String namespace, String pod, List<String> argv, Duration timeout) {
        execs.add(pod + " " + String.join(" ", argv));
        ExecOutput out = execFunctions.containsKey(pod) ? execFunctions.get(pod).apply(argv) : execAnswers.get(pod);
        if (out == null) {
            throw new AssertionError("unexpected exec in pod " + pod + ": " + argv);
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }
}
