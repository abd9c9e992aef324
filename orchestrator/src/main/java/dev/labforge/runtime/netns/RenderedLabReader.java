package dev.labforge.runtime.netns;

import dev.labforge.check.PingCheck;
import dev.labforge.check.PlanFormatException;
import dev.labforge.net.Cidr;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.EmulationPlan.BlockPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PingPlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPort;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.EosToFrr;
import dev.labforge.runtime.netns.config.FrrToRSetup;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import dev.labforge.runtime.netns.config.RouterSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a rendered lab folder (RENDERED.md fabric) into an {@link EmulationPlan}: topology.clab.yaml,
 * the kind config it references, the ToR startup config, the Calico resources and labforge/plan.yaml.
 * Reads files only; every problem is a {@link NetnsConfigException} naming the file and the item.
 */
public final class RenderedLabReader {
    private static final Pattern TOR_IFACE = Pattern.compile("eth([1-9][0-9]{0,2})");
    private static final Set<String> CEOS_KINDS = Set.of("arista_ceos", "ceos");

    private RenderedLabReader() {
    }

    public static EmulationPlan read(Path dir) {
        Path topologyFile = dir.resolve("topology.clab.yaml");
        Map<?, ?> topo = mapping(load(topologyFile), "topology.clab.yaml", "the file");
        String lab = string(topo, "name", "topology.clab.yaml");
        if (!NetnsNames.isValidName(lab)) {
            throw new NetnsConfigException("topology.clab.yaml: name '" + lab + "' cannot name namespaces; the netns runtime"
                    + " needs lower-case letters, digits and '-' (at most 63)");
        }
        Map<?, ?> topology = mapping(topo.get("topology"), "topology.clab.yaml", "topology");
        Map<?, ?> nodes = mapping(topology.get("nodes"), "topology.clab.yaml", "topology.nodes");

        String torName = null;
        String torPlatform = null;
        Map<?, ?> torDef = null;
        String cluster = null;
        String kindFile = null;
        Map<String, List<IpExecLine>> execByNode = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : nodes.entrySet()) {
            String name = String.valueOf(e.getKey());
            String where = "topology.clab.yaml: node " + name;
            Map<?, ?> def = mapping(e.getValue(), "topology.clab.yaml", "node " + name);
            String kind = string(def, "kind", where);
            if (!NetnsNames.isValidName(name)) {
                throw new NetnsConfigException(where + ": the name cannot name a namespace (lower-case letters, digits, '-')");
            }
            // An FRR ToR is a linux node that gets an frr.conf bound in; the image name is the user's and may say
            // anything (a lab switched to platform: frr may keep its cEOS image name).
            boolean frrTor = kind.equals("linux") && (String.valueOf(def.get("image")).contains("frr") || bindsFrrConf(def));
            if (CEOS_KINDS.contains(kind) || frrTor) {
                if (torName != null) {
                    throw new NetnsConfigException(where + ": a second router (the first is " + torName
                            + "); the netns runtime emulates exactly one ToR");
                }
                torName = name;
                torPlatform = frrTor ? "frr" : "ceos";
                torDef = def;
            } else if (kind.equals("k8s-kind")) {
                if (cluster != null) {
                    throw new NetnsConfigException(where + ": a second kind cluster (the first is " + cluster + ")");
                }
                cluster = name;
                kindFile = string(def, "startup-config", where);
            } else if (kind.equals("ext-container")) {
                execByNode.put(name, execLines(def, where));
            } else {
                throw new NetnsConfigException(where + ": kind '" + kind + "' is not emulated by the netns runtime (it knows"
                        + " arista_ceos, linux with an FRR image, k8s-kind and ext-container); use --runtime clab");
            }
        }
        if (torName == null) {
            throw new NetnsConfigException("topology.clab.yaml: no router node (kind arista_ceos, or linux with an FRR image)");
        }
        if (cluster == null) {
            throw new NetnsConfigException("topology.clab.yaml: no k8s-kind node");
        }

        List<KindNode> kindNodes = readKind(dir, kindFile, cluster);
        List<TorPort> ports = readLinks(topology, torName, execByNode.keySet());
        checkSameNodes(kindNodes, execByNode.keySet(), kindFile);

        List<NodePlan> nodePlans = new ArrayList<>();
        for (KindNode k : kindNodes) {
            List<IpExecLine> exec = execByNode.get(k.name);
            String where = "topology.clab.yaml: node " + k.name;
            String cidr = exec.stream().map(l -> l.addressAddedTo("eth1")).filter(a -> a != null).findFirst()
                    .orElseThrow(() -> new NetnsConfigException(where + ": no exec line adds an address to eth1"
                            + " (expected `ip addr add dev eth1 A.B.C.D/L`)"));
            Cidr eth1 = parseInterface(cidr, where);
            if (k.ip != null && !k.ip.equals(eth1.addressText())) {
                throw new NetnsConfigException(where + ": eth1 gets " + cidr + " but " + kindFile + " gives the node node-ip "
                        + k.ip + "; re-render the lab");
            }
            nodePlans.add(new NodePlan(k.name, k.role, eth1.addressText(), cidr, k.labels, exec));
        }

        TorPlan tor = new TorPlan(torName, torPlatform, ports);
        RouterSetup router = readRouter(dir, torName, torPlatform, torDef);
        CalicoResources calico = CalicoResources.read(dir);
        Plan plan = readPlan(dir, lab, nodePlans);
        if (plan.torPlatform != null && !plan.torPlatform.equals(torPlatform)) {
            throw new NetnsConfigException("labforge/plan.yaml: torPlatform is " + plan.torPlatform
                    + " but the topology's router " + torName + " is " + torPlatform + "; re-render the lab");
        }
        return new EmulationPlan(lab, cluster, tor, nodePlans, plan.pods, plan.blocks, calico, router, plan.pings);
    }

    // ---- topology ----

    private static List<IpExecLine> execLines(Map<?, ?> def, String where) {
        Object exec = def.get("exec");
        if (exec == null) {
            return List.of();
        }
        if (!(exec instanceof List<?> list)) {
            throw new NetnsConfigException(where + ": exec must be a list of commands");
        }
        List<IpExecLine> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(IpExecLine.parse(String.valueOf(list.get(i)), where + " exec[" + i + "]"));
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException(e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<TorPort> readLinks(Map<?, ?> topology, String tor, Set<String> nodes) {
        Object links = topology.get("links");
        if (!(links instanceof List<?> list)) {
            throw new NetnsConfigException("topology.clab.yaml: topology.links is missing; every node needs a link to " + tor);
        }
        List<TorPort> ports = new ArrayList<>();
        Set<String> usedIfaces = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "topology.clab.yaml: links[" + i + "]";
            Map<?, ?> link = mapping(list.get(i), "topology.clab.yaml", "links[" + i + "]");
            if (!(link.get("endpoints") instanceof List<?> eps) || eps.size() != 2) {
                throw new NetnsConfigException(where + ": expected endpoints: [\"" + tor + ":ethN\", \"<node>:eth1\"]");
            }
            String[] a = String.valueOf(eps.get(0)).split(":", 2);
            String[] b = String.valueOf(eps.get(1)).split(":", 2);
            if (a.length != 2 || b.length != 2) {
                throw new NetnsConfigException(where + ": endpoints must look like node:interface, found " + eps);
            }
            if (b[0].equals(tor)) {
                String[] t = a;
                a = b;
                b = t;
            }
            if (!a[0].equals(tor) || !nodes.contains(b[0]) || !b[1].equals("eth1") || !TOR_IFACE.matcher(a[1]).matches()) {
                throw new NetnsConfigException(where + ": " + eps + " is not a `" + tor + ":ethN <-> <node>:eth1` link; the"
                        + " netns runtime wires each kind node's eth1 to one ToR port");
            }
            if (!usedIfaces.add(a[1]) || !linked.add(b[0])) {
                throw new NetnsConfigException(where + ": " + eps + " reuses " + (usedIfaces.contains(a[1]) ? tor + ":" + a[1]
                        : b[0] + ":eth1") + ", which an earlier link already wires");
            }
            ports.add(new TorPort(a[1], b[0]));
        }
        for (String n : nodes) {
            if (!linked.contains(n)) {
                throw new NetnsConfigException("topology.clab.yaml: node " + n + " has no link to " + tor);
            }
        }
        return ports;
    }

    private static RouterSetup readRouter(Path dir, String tor, String platform, Map<?, ?> def) {
        String where = "topology.clab.yaml: node " + tor;
        try {
            if (platform.equals("ceos")) {
                Path cfg = inside(dir, string(def, "startup-config", where), where + " startup-config");
                return EosToFrr.translate(readText(cfg));
            }
            Path frrConf = null;
            if (def.get("binds") instanceof List<?> binds) {
                for (Object bind : binds) {
                    String[] parts = String.valueOf(bind).split(":");
                    if (parts.length >= 2 && parts[1].equals("/etc/frr/frr.conf")) {
                        frrConf = inside(dir, parts[0], where + " binds");
                    }
                }
            }
            if (frrConf == null) {
                throw new NetnsConfigException(where + ": no bind of a file to /etc/frr/frr.conf; the FRR ToR config is read"
                        + " from it");
            }
            List<String> exec = execLines(def, where).stream().map(IpExecLine::toString).toList();
            return FrrToRSetup.fromFrr(readText(frrConf), exec);
        } catch (NetnsConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NetnsConfigException(where + ": cannot translate the router config: " + e.getMessage(), e);
        }
    }

    // ---- kind ----

    private record KindNode(String name, String role, String ip, Map<String, String> labels) {
    }

    private static List<KindNode> readKind(Path dir, String file, String cluster) {
        Path path = inside(dir, file, "topology.clab.yaml: node " + cluster + " startup-config");
        Map<?, ?> cfg = mapping(load(path), file, "the file");
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
            Map<?, ?> n = mapping(list.get(i), file, "nodes[" + i + "]");
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
                mapping(n.get("labels"), file, "nodes[" + i + "].labels").forEach((k, v) -> labels.put(String.valueOf(k),
                        String.valueOf(v)));
            }
            String ip = null;
            if (n.get("kubeadmConfigPatches") instanceof List<?> patches) {
                for (int p = 0; p < patches.size(); p++) {
                    Map<String, String> args = kubeletExtraArgs(String.valueOf(patches.get(p)),
                            where + ".kubeadmConfigPatches[" + p + "]");
                    if (args.containsKey("node-ip")) {
                        ip = args.get("node-ip");
                        if (!Ipv4.isValid(ip)) {
                            throw new NetnsConfigException(where + ": node-ip '" + ip + "' is not an IPv4 address");
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

    private static void checkSameNodes(List<KindNode> kindNodes, Set<String> extContainers, String kindFile) {
        Set<String> kindNames = new LinkedHashSet<>();
        kindNodes.forEach(k -> kindNames.add(k.name));
        for (String k : kindNames) {
            if (!extContainers.contains(k)) {
                throw new NetnsConfigException(kindFile + " creates node " + k + " but topology.clab.yaml has no ext-container"
                        + " node of that name (ext-container nodes: " + String.join(", ", extContainers) + ")");
            }
        }
        for (String e : extContainers) {
            if (!kindNames.contains(e)) {
                throw new NetnsConfigException("topology.clab.yaml: ext-container node " + e + " is not a node of " + kindFile
                        + " (its nodes are " + String.join(", ", kindNames) + ")");
            }
        }
    }

    // ---- labforge/plan.yaml ----

    private record Plan(String torPlatform, List<BlockPlan> blocks, List<PodPlan> pods, List<PingPlan> pings) {
    }

    private static Plan readPlan(Path dir, String lab, List<NodePlan> nodes) {
        String file = RenderedPaths.PLAN;
        RenderedPlan plan;
        try {
            plan = RenderedPlan.read(dir);
        } catch (PlanFormatException e) {
            throw new NetnsConfigException(e.getMessage(), e);
        }
        if (!plan.lab().equals(lab)) {
            throw new NetnsConfigException(file + ": lab is " + plan.lab() + " but topology.clab.yaml is " + lab
                    + "; the folder mixes two renders");
        }
        Set<String> nodeNames = new HashSet<>();
        nodes.forEach(n -> nodeNames.add(n.name()));
        List<BlockPlan> blocks = new ArrayList<>();
        for (RenderedPlan.Block b : plan.blocks()) {
            String where = file + ": blocks[" + blocks.size() + "]";
            String node = knownNode(b.node(), nodeNames, where);
            try {
                Cidr.parse(b.cidr());
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException(where + ": " + e.getMessage());
            }
            blocks.add(new BlockPlan(node, b.cidr(), b.pool(), b.pinned()));
        }
        List<PodPlan> pods = new ArrayList<>();
        Set<String> podNames = new HashSet<>();
        for (RenderedPlan.PlannedPod p : plan.pods()) {
            String where = file + ": pods[" + pods.size() + "]";
            if (!NetnsNames.isValidName(p.workload())) {
                throw new NetnsConfigException(where + ": workload '" + p.workload() + "' cannot name a namespace");
            }
            String node = knownNode(p.node(), nodeNames, where);
            if (!Ipv4.isValid(p.ip())) {
                throw new NetnsConfigException(where + ": ip '" + p.ip() + "' is not an IPv4 address");
            }
            if (!podNames.add(p.endpoint())) {
                throw new NetnsConfigException(where + ": a second pod of " + p.workload() + " on " + node);
            }
            pods.add(new PodPlan(p.name(), p.workload(), node, p.ip()));
        }
        List<PingPlan> pings = plan.checks().stream().filter(PingCheck.class::isInstance).map(PingCheck.class::cast)
                .map(c -> new PingPlan(c.from(), c.to(), c.ttl(), c.reachable())).toList();
        return new Plan(plan.torPlatform(), blocks, pods, pings);
    }

    private static String knownNode(String node, Set<String> nodes, String where) {
        if (!nodes.contains(node)) {
            throw new NetnsConfigException(where + ": node " + node + " is not a node of the topology (" + String.join(", ",
                    nodes.stream().sorted().toList()) + ")");
        }
        return node;
    }

    // ---- helpers ----

    private static Object load(Path file) {
        String text = readText(file);
        try {
            return new Load(LoadSettings.builder().setLabel(file.getFileName().toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new NetnsConfigException(file + ": malformed YAML: " + e.getMessage().strip(), e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new NetnsConfigException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); pass the folder `lab render` wrote", e);
        }
    }

    /** A path from a rendered file, resolved against the folder and kept inside it. */
    private static Path inside(Path dir, String relative, String where) {
        Path base = dir.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new NetnsConfigException(where + ": '" + relative + "' points outside the rendered folder " + base);
        }
        return p;
    }

    private static Map<?, ?> mapping(Object o, String file, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new NetnsConfigException(file + ": " + what + " must be a mapping");
        }
        return m;
    }

    private static String string(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null || v instanceof Map<?, ?> || v instanceof List<?> || String.valueOf(v).isBlank()) {
            throw new NetnsConfigException(where + ": " + key + " is missing or not a single value");
        }
        return String.valueOf(v);
    }

    private static Cidr parseInterface(String cidr, String where) {
        try {
            return Cidr.parseInterface(cidr);
        } catch (IllegalArgumentException e) {
            throw new NetnsConfigException(where + ": " + e.getMessage());
        }
    }


    private static boolean bindsFrrConf(Map<?, ?> def) {
        return def.get("binds") instanceof List<?> binds
                && binds.stream().anyMatch(b -> String.valueOf(b).endsWith(":/etc/frr/frr.conf"));
    }
}
