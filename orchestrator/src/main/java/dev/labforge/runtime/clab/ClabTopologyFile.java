package dev.labforge.runtime.clab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the runtime needs to know from a rendered topology.clab.yaml without the model (for `down`
 * after a crash): the lab name and each node's kind. Kind clusters are the k8s-kind nodes.
 */
public record ClabTopologyFile(String name, Map<String, String> nodeKinds) {
    public static ClabTopologyFile read(Path file) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!(doc instanceof Map<?, ?> top) || !(top.get("name") instanceof String name)) {
            throw new IllegalArgumentException(file + " is not a containerlab topology (no top-level name)");
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        if (top.get("topology") instanceof Map<?, ?> topology && topology.get("nodes") instanceof Map<?, ?> nodes) {
            nodes.forEach((k, v) -> kinds.put(String.valueOf(k),
                    v instanceof Map<?, ?> n && n.get("kind") != null ? String.valueOf(n.get("kind")) : ""));
        }
        return new ClabTopologyFile(name, kinds);
    }

    public List<String> kindClusters() {
        return nodesOfKind("k8s-kind");
    }

    /** Kind node containers wired in by containerlab (their container name is the node key). */
    public List<String> externalContainers() {
        return nodesOfKind("ext-container");
    }

    /** Nodes containerlab creates itself (the ToR), named clab-&lt;lab&gt;-&lt;node&gt;. */
    public List<String> routers() {
        return nodeKinds.entrySet().stream()
                .filter(e -> !e.getValue().equals("k8s-kind") && !e.getValue().equals("ext-container"))
                .map(Map.Entry::getKey).toList();
    }

    public String containerOf(String node) {
        return routers().contains(node) ? containerName(name, node) : node;
    }

    /** containerlab's default container name for a node it creates. */
    public static String containerName(String lab, String node) {
        return "clab-" + lab + "-" + node;
    }

    private List<String> nodesOfKind(String kind) {
        return nodeKinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
    }
}
