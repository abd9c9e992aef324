package dev.labforge.runtime.netns;

import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The kind Cluster file a rendered topology's k8s-kind node names: each node's name (as kind numbers
 * them), role, node-ip and labels from its kubeadm patches, and the check that the topology wires in
 * exactly these nodes as ext-containers.
 */
final class KindConfigReader {
    private static final String TOPOLOGY = dev.labforge.rendered.RenderedPaths.TOPOLOGY;

    private KindConfigReader() {
    }

    record KindNode(String name, String role, String ip, Map<String, String> labels) {
    }

    static List<KindNode> read(Path dir, String file, String cluster) {
        Path path = RenderedYaml.inside(dir, file, TOPOLOGY + ": node " + cluster + " startup-config");
        Map<?, ?> cfg = RenderedYaml.mapping(RenderedYaml.load(path), file, "the file");
        if (!"Cluster".equals(cfg.get("kind"))) {
            throw new NetnsConfigException(file + ": expected a kind Cluster (kind: Cluster)");
        }
        Object name = cfg.get("name");
        if (name != null && !cluster.equals(String.valueOf(name))) {
            throw new NetnsConfigException(file + ": name is " + name + " but the topology's k8s-kind node is " + cluster
                    + "; containerlab names the cluster after the node, so the ext-container names would not match");
        }
        if (!(cfg.get("nodes") instanceof List<?> list) || list.isEmpty()) {
            throw new NetnsConfigException(file + ": nodes is missing or empty");
        }
        List<KindNode> out = new ArrayList<>();
        int controlPlanes = 0;
        int workers = 0;
        for (int i = 0; i < list.size(); i++) {
            String where = file + ": nodes[" + i + "]";
            Map<?, ?> n = RenderedYaml.mapping(list.get(i), file, "nodes[" + i + "]");
            String role = n.get("role") == null ? "control-plane" : String.valueOf(n.get("role"));
            String nodeName;
            if (role.equals("control-plane")) {
                controlPlanes++;
                nodeName = cluster + "-control-plane" + (controlPlanes == 1 ? "" : String.valueOf(controlPlanes));
            } else if (role.equals("worker")) {
                workers++;
                nodeName = cluster + "-worker" + (workers == 1 ? "" : String.valueOf(workers));
            } else {
                throw new NetnsConfigException(where + ": role '" + role + "' must be control-plane or worker");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (n.get("labels") != null) {
                RenderedYaml.mapping(n.get("labels"), file, "nodes[" + i + "].labels").forEach((k, v) -> labels.put(String.valueOf(k),
                        String.valueOf(v)));
            }
            String ip = null;
            if (n.get("kubeadmConfigPatches") instanceof List<?> patches) {
                for (int p = 0; p < patches.size(); p++) {
                    Map<String, String> args = kubeletExtraArgs(String.valueOf(patches.get(p)),
                            where + ".kubeadmConfigPatches[" + p + "]");
                    if (args.containsKey("node-ip")) {
                        // dual stack: "10.10.10.11,fd00:10:10::11"; the IPv4 one names the node's eth1 address
                        String written = args.get("node-ip");
                        ip = written.split(",")[0].strip();
                        if (!Ipv4.isValid(ip)) {
                            throw new NetnsConfigException(where + ": node-ip '" + written + "' does not start with an IPv4"
                                    + " address (the netns runtime needs IPv4 on every node; IPv6-only clusters run on --runtime clab)");
                        }
                    }
                    String nodeLabels = args.get("node-labels");
                    if (nodeLabels != null && !nodeLabels.isBlank()) {
                        for (String kv : nodeLabels.split(",")) {
                            String[] parts = kv.split("=", 2);
                            if (parts.length != 2 || parts[0].isBlank()) {
                                throw new NetnsConfigException(where + ": node-labels '" + nodeLabels
                                        + "' is not a k=v,k=v list");
                            }
                            labels.put(parts[0].strip(), parts[1].strip());
                        }
                    }
                }
            }
            out.add(new KindNode(nodeName, role, ip, labels));
        }
        return out;
    }

    /** kubeletExtraArgs of one patch: a map (kubeadm v1beta3) or a list of {name, value} (v1beta4). */
    private static Map<String, String> kubeletExtraArgs(String patch, String where) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(where).build()).loadFromString(patch);
        } catch (YamlEngineException e) {
            throw new NetnsConfigException(where + ": malformed YAML patch: " + e.getMessage().strip(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (!(doc instanceof Map<?, ?> m) || !(m.get("nodeRegistration") instanceof Map<?, ?> reg)) {
            return out;
        }
        Object args = reg.get("kubeletExtraArgs");
        if (args instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        } else if (args instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> kv && kv.get("name") != null) {
                    out.put(String.valueOf(kv.get("name")), String.valueOf(kv.get("value")));
                }
            }
        }
        return out;
    }

    static void checkSameNodes(List<KindNode> kindNodes, Set<String> extContainers, String kindFile) {
        Set<String> kindNames = new LinkedHashSet<>();
        kindNodes.forEach(k -> kindNames.add(k.name()));
        for (String k : kindNames) {
            if (!extContainers.contains(k)) {
                throw new NetnsConfigException(kindFile + " creates node " + k + " but topology.clab.yaml has no ext-container"
                        + " node of that name (ext-container nodes: " + String.join(", ", extContainers) + ")");
            }
        }
        for (String e : extContainers) {
            if (!kindNames.contains(e)) {
                throw new NetnsConfigException(TOPOLOGY + ": ext-container node " + e + " is not a node of " + kindFile
                        + " (its nodes are " + String.join(", ", kindNames) + ")");
            }
        }
    }
}
