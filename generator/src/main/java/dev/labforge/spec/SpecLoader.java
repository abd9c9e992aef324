package dev.labforge.spec;

import dev.labforge.diag.Diagnostics;
import dev.labforge.diag.SourceMark;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Loads {@code lab.yaml} into {@link LabSpec} records, keeping the line:column of every value by dotted
 * path. Structural problems (syntax, unknown keys, types, missing fields, enum values, control
 * characters) are all collected and thrown once as a {@link dev.labforge.diag.LabSpecException}.
 * Semantic checks (addresses, names, BGP) belong to {@code dev.labforge.validate.Validator}.
 */
public final class SpecLoader {
    public static final List<String> PLATFORMS = TorPlatforms.ids();
    public static final List<String> TOR_ROLES = List.of("route-reflector", "peer");
    public static final List<String> NODE_ROLES = List.of("control-plane", "worker");
    public static final List<String> ENCAPSULATIONS = List.of("None", "IPIP", "IPIPCrossSubnet", "VXLAN", "VXLANCrossSubnet");
    public static final List<String> WORKLOAD_KINDS = List.of("DaemonSet", "Deployment", "Pod");
    public static final List<String> SERVICE_TYPES = List.of("ClusterIP", "LoadBalancer");
    public static final List<String> LOG_SEVERITIES = List.of("Trace", "Debug", "Info", "Warning", "Error", "Fatal");
    public static final String PEERS_PER_VLAN = "per-vlan";
    public static final List<String> IP_FAMILIES = List.of("ipv4", "ipv6", "dual");
    /** The path of diagnostics about the file as a whole (missing, unreadable, not YAML, empty). */
    public static final String FILE_PATH = "(file)";

    /** Loads {@code <dir>/lab.yaml} or the given file; marks name the file as given. */
    public LoadedSpec load(Path labYamlOrDir) {
        Path file = Files.isDirectory(labYamlOrDir) ? labYamlOrDir.resolve("lab.yaml") : labYamlOrDir;
        return load(file, file.toString());
    }

    /** Loads the file; source marks carry {@code displayName} as the file (tests use the bare name). */
    public LoadedSpec load(Path labYamlOrDir, String displayName) {
        Path file = Files.isDirectory(labYamlOrDir) ? labYamlOrDir.resolve("lab.yaml") : labYamlOrDir;
        Diagnostics out = new Diagnostics();
        String text = LabYamlText.read(file, displayName, out);
        out.checkpoint();
        return parse(text, file, displayName);
    }

    /** Parses YAML text that came from {@code file} (used for marks and {@link LoadedSpec#labDir()}). */
    public LoadedSpec parse(String text, Path file, String displayName) {
        Diagnostics out = new Diagnostics();
        YamlBinder b = new YamlBinder(displayName, text, out);
        Node root = LabYamlText.compose(text, displayName, b, out);
        out.checkpoint();
        b.record("", new SourceMark(displayName, 1, 1));
        LabSpec spec = null;
        if (root == null) {
            out.error("E-REQUIRED", FILE_PATH, new SourceMark(displayName, 1, 1), "the lab file is empty",
                    "start from a lab such as labs/10-calico-bgp-ippool/lab.yaml");
        } else {
            spec = lab(b, root);
        }
        out.checkpoint();
        return new LoadedSpec(file, spec, Map.copyOf(b.marks()));
    }

    private static LabSpec lab(YamlBinder b, Node root) {
        YamlBinder.Obj o = b.obj(root, "", "name", "title", "tor", "cluster", "calico", "workloads", "expect", "guide");
        if (o == null) {
            return null;
        }
        // tor is optional: without one the nodes sit on the cluster's flat network
        o.required("name", "cluster", "calico");
        boolean withTor = o.get("tor") != null;
        return new LabSpec(o.str("name"), o.str("title"), tor(b, o), cluster(b, o, withTor), calico(b, o),
                o.list("workloads", (n, p) -> workload(b, n, p)), expect(b, o), o.str("guide"));
    }

    private static TorSpec tor(YamlBinder b, YamlBinder.Obj parent) {
        YamlBinder.Obj o = parent.obj("tor", "name", "platform", "image", "asn", "role", "routerId", "peerGroup",
                "peerDescription", "mtu", "bgp", "vlans", "listenRanges", "loopbacks", "routes");
        if (o == null) {
            return null;
        }
        // a router without BGP (platform linux, or bgp: false) has no AS; an unknown platform is reported by choice()
        TorPlatform platform = o.get("platform") instanceof ScalarNode s ? TorPlatforms.orDefault(s.getValue())
                : TorPlatforms.orDefault(null);
        boolean bgpOff = o.get("bgp") instanceof ScalarNode flag && "false".equals(flag.getValue());
        if ((platform == null || platform.runsBgp()) && !bgpOff) {
            o.required("name", "asn", "vlans");
        } else {
            o.required("name", "vlans");
        }
        return new TorSpec(o.str("name"), o.choice("platform", PLATFORMS), o.str("image"), o.lng("asn"),
                o.choice("role", TOR_ROLES), o.str("routerId"), o.str("peerGroup"), o.str("peerDescription"),
                o.integer("mtu"), vlans(b, o), o.strings("listenRanges"), o.bool("bgp"), o.strings("loopbacks"),
                o.list("routes", (n, p) -> route(b, n, p, true)));
    }

    /** A static route; {@code via} is required on the ToR (a node's defaults to its gateway). */
    private static RouteSpec route(YamlBinder b, Node n, String path, boolean viaRequired) {
        YamlBinder.Obj o = b.obj(n, path, "prefix", "via");
        if (o == null) {
            return null;
        }
        if (viaRequired) {
            o.required("prefix", "via");
        } else {
            o.required("prefix");
        }
        return new RouteSpec(o.str("prefix"), o.str("via"));
    }

    /** VLANs are a map keyed by VLAN id: {@code 10: {subnet: 10.10.10.0/24}}. */
    private static List<VlanSpec> vlans(YamlBinder b, YamlBinder.Obj tor) {
        Node n = tor.get("vlans");
        if (n == null) {
            return null;
        }
        String path = tor.at("vlans");
        if (!(n instanceof MappingNode map)) {
            b.typeError(n, path, "map keyed by VLAN id", "write e.g. vlans: {10: {subnet: 10.10.10.0/24}}");
            return null;
        }
        List<VlanSpec> result = new ArrayList<>();
        Map<Long, Node> seen = new HashMap<>();
        Map<String, Node> seenText = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node key = t.getKeyNode();
            if (!(key instanceof ScalarNode ks && Tag.INT.equals(ks.getTag()))) {
                b.typeError(key, path, "integer VLAN id as key", "write the VLAN id as a number, e.g. 10:");
                continue;
            }
            String text = ks.getValue();
            if (seenText.containsKey(text)) {
                b.duplicateKey(path + "." + text, text, key, seenText.get(text));
                continue;
            }
            seenText.put(text, key);
            Long id = b.lng(key, path + "." + text);
            if (id == null) {
                continue;
            }
            String vp = path + "." + id;
            if (seen.containsKey(id)) {
                b.out().error("E-DUPLICATE-NAME", vp, b.mark(key),
                        "VLAN id " + id + " is defined twice (first at line " + b.mark(seen.get(id)).line() + ")",
                        "VLAN ids must be unique; merge the two entries");
                continue;
            }
            seen.put(id, key);
            b.record(vp, key);
            b.record(vp + ".id", key);
            if (id > Integer.MAX_VALUE || id < Integer.MIN_VALUE) {
                // the VLAN rule reports range errors, but only for ids that fit the model's int
                b.out().error("E-VLAN-ID", vp, b.mark(key), "VLAN id " + id + " is out of range",
                        "VLAN ids are 1..4094 (802.1Q; 0 and 4095 are reserved)");
                continue;
            }
            Integer vid = id.intValue();
            Node v = t.getValueNode();
            if (YamlBinder.isNull(v)) {
                b.out().error("E-REQUIRED", vp + ".subnet", b.mark(key), "VLAN " + id + " has no subnet",
                        "write e.g. " + id + ": {subnet: 10.10." + (id % 256) + ".0/24}");
                continue;
            }
            YamlBinder.Obj o = b.obj(v, vp, "name", "subnet", "gateway", "mtu", "subnet6", "gateway6");
            if (o == null) {
                continue;
            }
            o.required("subnet"); // IPv6 clusters keep IPv4 on the VLANs too: router ids, the ToR's IPv4 side
            result.add(new VlanSpec(vid, o.str("name"), o.str("subnet"), o.str("gateway"), o.integer("mtu"), o.str("subnet6"),
                    o.str("gateway6")));
        }
        return List.copyOf(result);
    }

    private static ClusterSpec cluster(YamlBinder b, YamlBinder.Obj parent, boolean withTor) {
        YamlBinder.Obj o = parent.obj("cluster", "name", "image", "ipFamily", "podSubnet", "podSubnet6", "serviceSubnet",
                "serviceSubnet6", "mtu", "routes", "network", "nodes");
        if (o == null) {
            return null;
        }
        o.required("name", "nodes");
        return new ClusterSpec(o.str("name"), o.str("image"), o.str("podSubnet"), o.str("serviceSubnet"),
                o.integer("mtu"), network(o), o.list("nodes", (n, p) -> node(b, n, p, withTor)), o.choice("ipFamily", IP_FAMILIES),
                o.str("podSubnet6"), o.str("serviceSubnet6"), o.list("routes", (n, p) -> route(b, n, p, false)));
    }

    private static NetworkSpec network(YamlBinder.Obj cluster) {
        YamlBinder.Obj o = cluster.obj("network", "subnet", "gateway");
        return o == null ? null : new NetworkSpec(o.str("subnet"), o.str("gateway"));
    }

    /** A node's VLAN is required behind a ToR; without one the validator reports a written VLAN. */
    private static NodeSpec node(YamlBinder b, Node n, String path, boolean withTor) {
        YamlBinder.Obj o = b.obj(n, path, "name", "role", "vlan", "ip", "ip6", "block", "block6", "mtu", "labels", "routes");
        if (o == null) {
            return null;
        }
        if (withTor) {
            o.required("name", "vlan");
        } else {
            o.required("name");
        }
        return new NodeSpec(o.str("name"), o.choice("role", NODE_ROLES), o.integer("vlan"), o.str("ip"),
                o.str("block"), labels(b, o), o.integer("mtu"), o.str("ip6"), o.str("block6"),
                o.list("routes", (item, p) -> route(b, item, p, false)));
    }

    private static Map<String, String> labels(YamlBinder b, YamlBinder.Obj node) {
        Node n = node.get("labels");
        if (n == null) {
            return null;
        }
        String path = node.at("labels");
        if (!(n instanceof MappingNode map)) {
            b.typeError(n, path, "map of label: \"value\"", "write e.g. labels: {bgp-peer: \"true\"}");
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode ks && Tag.STR.equals(ks.getTag()) ? b.checkChars(ks.getValue(), path, k) : null;
            if (key == null) {
                if (!(k instanceof ScalarNode ks2 && Tag.STR.equals(ks2.getTag()))) {
                    b.typeError(k, path, "string label key", "write label keys as words, e.g. bgp-peer");
                }
                continue;
            }
            String lp = path + "." + key;
            if (keys.containsKey(key)) {
                b.duplicateKey(lp, key, k, keys.get(key));
                continue;
            }
            keys.put(key, k);
            Node v = t.getValueNode();
            b.record(lp, v);
            if (YamlBinder.isNull(v)) {
                result.put(key, "");
                continue;
            }
            String value = b.str(v, lp);
            if (value != null) {
                result.put(key, value);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static CalicoSpec calico(YamlBinder b, YamlBinder.Obj parent) {
        YamlBinder.Obj o = parent.obj("calico", "version", "asn", "nodeToNodeMesh", "nodeAddressCidrs", "nodeAddressCidrs6",
                "mtu", "pools", "loadBalancerIPs", "prefixAdvertisements", "peers", "logSeverity", "reservations");
        if (o == null) {
            return null;
        }
        return new CalicoSpec(o.str("version"), o.lng("asn"), o.bool("nodeToNodeMesh"), o.strings("nodeAddressCidrs"),
                o.list("pools", (n, p) -> pool(b, n, p)), o.strings("loadBalancerIPs"),
                o.list("prefixAdvertisements", (n, p) -> prefixAdvertisement(b, n, p)), peers(b, o),
                o.choice("logSeverity", LOG_SEVERITIES), o.list("reservations", (n, p) -> reservation(b, n, p)),
                o.integer("mtu"), o.strings("nodeAddressCidrs6"));
    }

    private static ReservationSpec reservation(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "name", "cidrs");
        if (o == null) {
            return null;
        }
        o.required("cidrs");
        return new ReservationSpec(o.str("name"), o.strings("cidrs"));
    }

    private static PoolSpec pool(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "name", "cidr", "blockSize", "encapsulation", "natOutgoing", "bgpExport",
                "nodeSelector");
        if (o == null) {
            return null;
        }
        o.required("cidr");
        return new PoolSpec(o.str("name"), o.str("cidr"), o.integer("blockSize"), o.choice("encapsulation", ENCAPSULATIONS),
                o.bool("natOutgoing"), o.bool("bgpExport"), o.selector("nodeSelector"));
    }

    private static PrefixAdvertisementSpec prefixAdvertisement(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "cidr", "communities");
        if (o == null) {
            return null;
        }
        o.required("cidr", "communities");
        return new PrefixAdvertisementSpec(o.str("cidr"), o.strings("communities"));
    }

    /** {@code peers: per-vlan} or a list of explicit peers. */
    private static PeersSpec peers(YamlBinder b, YamlBinder.Obj calico) {
        Node n = calico.get("peers");
        if (n == null) {
            return null;
        }
        String path = calico.at("peers");
        if (n instanceof SequenceNode) {
            return new PeersSpec(null, b.list(n, path, (item, p) -> peer(b, item, p)));
        }
        if (n instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            String mode = b.str(n, path);
            if (mode != null && !PEERS_PER_VLAN.equals(mode)) {
                b.out().error("E-ENUM", path, b.mark(n), "'" + mode + "' is not a valid peers mode",
                        YamlBinder.didYouMean(mode, List.of(PEERS_PER_VLAN))
                                + "write 'per-vlan' (one BGPPeer per VLAN gateway) or a list of peers");
                return null;
            }
            return mode == null ? null : new PeersSpec(mode, null);
        }
        b.typeError(n, path, "'per-vlan' or a list of peers", "write peers: per-vlan, or peers: [{name: tor, nodeSelector: all()}]");
        return null;
    }

    private static PeerSpec peer(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "name", "peerIP", "asNumber", "nodeSelector");
        if (o == null) {
            return null;
        }
        return new PeerSpec(o.str("name"), o.str("peerIP"), o.lng("asNumber"), o.selector("nodeSelector"));
    }

    private static WorkloadSpec workload(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "name", "kind", "image", "replicas", "controlPlane", "node", "command", "ip", "service");
        if (o == null) {
            return null;
        }
        o.required("name", "kind", "image");
        return new WorkloadSpec(o.str("name"), o.choice("kind", WORKLOAD_KINDS), o.str("image"), o.integer("replicas"),
                o.bool("controlPlane"), service(o), o.str("node"), o.strings("command"), o.str("ip"));
    }

    private static ServiceSpec service(YamlBinder.Obj workload) {
        YamlBinder.Obj o = workload.obj("service", "name", "type", "port");
        if (o == null) {
            return null;
        }
        o.required("name");
        return new ServiceSpec(o.str("name"), o.choice("type", SERVICE_TYPES), o.integer("port"));
    }

    /** derive, remove, and one list per check type (ExpectKeys), read by that type's entry reader. */
    private static ExpectSpec expect(YamlBinder b, YamlBinder.Obj parent) {
        List<String> keys = new ArrayList<>(List.of("derive", "remove"));
        keys.addAll(ExpectKeys.keys());
        YamlBinder.Obj o = parent.obj("expect", keys.toArray(String[]::new));
        if (o == null) {
            return null;
        }
        Map<String, List<ExpectEntry>> entries = new LinkedHashMap<>();
        ExpectKeys.READERS.forEach((key, reader) -> {
            List<ExpectEntry> list = o.list(key, (n, p) -> reader.read(b, n, p));
            if (list != null) {
                entries.put(key, list);
            }
        });
        return new ExpectSpec(o.bool("derive"), o.strings("remove"), entries);
    }
}
