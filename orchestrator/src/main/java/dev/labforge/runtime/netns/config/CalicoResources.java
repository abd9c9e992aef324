package dev.labforge.runtime.netns.config;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The Calico resources of a rendered lab, as calico-node's confd would see them.
 *
 * @param asNumber               BGPConfiguration default asNumber (64512 when unset)
 * @param nodeToNodeMesh         BGPConfiguration default nodeToNodeMeshEnabled (true when unset)
 * @param serviceLoadBalancerIPs CIDRs advertised from every node
 * @param pools                  every IP pool: Installation ipPools (translated like the operator does) and IPPool resources
 * @param peers                  every BGPPeer, in file order
 */
public record CalicoResources(long asNumber, boolean nodeToNodeMesh, List<String> serviceLoadBalancerIPs,
        List<PrefixAdvertisement> prefixAdvertisements, List<PoolDef> pools, List<PeerDef> peers) {

    public static final long DEFAULT_AS_NUMBER = 64512;
    static final List<String> SCANNED_DIRS = List.of(RenderedPaths.CALICO_DIR, RenderedPaths.MANIFESTS_DIR);

    /** BGPPeer fields that change BIRD's behaviour in ways the netns emulation does not reproduce. */
    private static final Set<String> UNSUPPORTED_PEER_FIELDS = Set.of("peerSelector", "password", "reachableBy", "filters",
            "localWorkloadSelector", "ttlSecurity", "numAllowedLocalASNumbers", "keepOriginalNextHop", "maxRestartTime",
            "nextHopMode", "localASNumber", "reversePeering", "keepaliveTime");
    private static final Set<String> UNSUPPORTED_BGPCONFIG_FIELDS = Set.of("serviceClusterIPs", "serviceExternalIPs",
            "listenPort", "bindMode", "nodeMeshPassword", "localWorkloadPeeringIPV4", "ignoredInterfaces");

    public CalicoResources {
        serviceLoadBalancerIPs = List.copyOf(serviceLoadBalancerIPs);
        prefixAdvertisements = List.copyOf(prefixAdvertisements);
        pools = List.copyOf(pools);
        peers = List.copyOf(peers);
    }

    /**
     * Parses every YAML document of every {@code *.yaml} under {@code calico-cni-config/} and
     * {@code k8s-manifests/} (files in name order) and keeps the Calico kinds; other kinds are ignored.
     *
     * @throws NetnsConfigException naming the file (and document) for unreadable, malformed or unsupported input
     */
    public static CalicoResources read(Path renderedDir) {
        Path cni = renderedDir.resolve(RenderedPaths.CALICO_DIR);
        if (!Files.isDirectory(cni)) {
            throw new NetnsConfigException(cni + " does not exist: expected the rendered Calico resources there"
                    + " (run `lab render` first, or pass the rendered output folder)");
        }
        Builder b = new Builder();
        for (String dir : SCANNED_DIRS) {
            for (Path file : yamlFiles(renderedDir.resolve(dir))) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new NetnsConfigException("cannot read " + file + ": " + e.getMessage(), e);
                }
                b.addFile(renderedDir.relativize(file).toString(), text);
            }
        }
        return b.build();
    }

    /** Same as {@link #read} for in-memory files (name for messages -> YAML text), in the given order. */
    public static CalicoResources parse(Map<String, String> filesByName) {
        Builder b = new Builder();
        filesByName.forEach(b::addFile);
        return b.build();
    }

    /** Pools pods take addresses from (allowedUses contains Workload). */
    public List<PoolDef> workloadPools() {
        return pools.stream().filter(PoolDef::workloadPool).toList();
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Collects resources file by file; all checks name the file and document. */
    private static final class Builder {
        private Long asNumber;
        private Boolean mesh;
        private List<String> lbIps = List.of();
        private List<PrefixAdvertisement> prefixAds = List.of();
        private final List<PoolDef> pools = new ArrayList<>();
        private final List<PeerDef> peers = new ArrayList<>();
        private String installationAt;
        private String bgpConfigAt;

        void addFile(String file, String text) {
            Iterable<Object> docs;
            List<Object> all = new ArrayList<>();
            try {
                docs = new Load(LoadSettings.builder().setLabel(file).build()).loadAllFromString(text);
                docs.forEach(all::add);
            } catch (YamlEngineException e) {
                throw new NetnsConfigException(file + ": malformed YAML: " + e.getMessage().strip(), e);
            }
            for (int i = 0; i < all.size(); i++) {
                Object doc = all.get(i);
                if (doc == null) {
                    continue;
                }
                String where = file + " (document " + (i + 1) + ")";
                if (!(doc instanceof Map<?, ?> map)) {
                    throw new NetnsConfigException(where + ": expected a Kubernetes resource (a mapping with kind:), found "
                            + describe(doc));
                }
                Res r = new Res(where, map);
                String kind = r.optString("kind");
                if (kind == null) {
                    throw new NetnsConfigException(where + ": resource has no kind:");
                }
                switch (kind) {
                    case "Installation" -> addInstallation(r);
                    case "IPPool" -> addIpPool(r);
                    case "BGPConfiguration" -> addBgpConfiguration(r);
                    case "BGPPeer" -> addPeer(r);
                    default -> {
                        // Services, workloads, APIServer ... are not the routing daemons' business.
                    }
                }
            }
        }

        private void addInstallation(Res r) {
            if (installationAt != null) {
                throw new NetnsConfigException(r.where + ": a second Installation (the first is in " + installationAt
                        + "); the operator reconciles only the one named default");
            }
            installationAt = r.where;
            Res spec = r.child("spec");
            Res net = spec == null ? null : spec.child("calicoNetwork");
            if (net == null) {
                // The operator's default: one IPIP pool 192.168.0.0/16.
                addPool(r.where, new PoolDef("default-ipv4-ippool", "192.168.0.0/16", 26, "Always", "Never", true, false,
                        "all()", null));
                return;
            }
            String bgp = net.optString("bgp");
            if (bgp != null && !bgp.equals("Enabled")) {
                throw new NetnsConfigException(net.where + ": spec.calicoNetwork.bgp is " + bgp
                        + "; the netns runtime emulates Calico's BGP (BIRD) and needs bgp: Enabled");
            }
            if (!net.has("ipPools")) {
                addPool(r.where, new PoolDef("default-ipv4-ippool", "192.168.0.0/16", 26, "Always", "Never", true, false,
                        "all()", null));
                return;
            }
            List<Res> list = net.children("ipPools");
            for (int i = 0; i < list.size(); i++) {
                Res p = list.get(i);
                String at = "spec.calicoNetwork.ipPools[" + i + "]";
                String cidr = p.cidr("cidr", at);
                String encap = p.optString("encapsulation");
                String ipip = "Never";
                String vxlan = "Never";
                switch (encap == null ? "IPIP" : encap) {
                    case "None" -> { }
                    case "IPIP" -> ipip = "Always";
                    case "IPIPCrossSubnet" -> ipip = "CrossSubnet";
                    case "VXLAN" -> vxlan = "Always";
                    case "VXLANCrossSubnet" -> vxlan = "CrossSubnet";
                    default -> throw new NetnsConfigException(p.where + ": " + at + ".encapsulation '" + encap
                            + "' is not one of None, IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet");
                }
                String nat = p.optString("natOutgoing");
                if (nat != null && !nat.equals("Enabled") && !nat.equals("Disabled")) {
                    throw new NetnsConfigException(p.where + ": " + at + ".natOutgoing '" + nat + "' must be Enabled or Disabled");
                }
                String name = p.optString("name");
                addPool(p.where, new PoolDef(name == null ? "default-ipv4-ippool" : name, cidr, p.intOr("blockSize", 26, at),
                        ipip, vxlan, !"Disabled".equals(nat), p.boolOr("disableBGPExport", false, at),
                        p.optString("nodeSelector"), p.stringList("allowedUses", at)));
            }
        }

        private void addIpPool(Res r) {
            String name = r.name();
            Res spec = r.required("spec");
            String at = "IPPool " + name + " spec";
            String cidr = spec.cidr("cidr", at);
            addPool(r.where, new PoolDef(name, cidr, spec.intOr("blockSize", 26, at), mode(spec, "ipipMode", at),
                    mode(spec, "vxlanMode", at), spec.boolOr("natOutgoing", false, at),
                    spec.boolOr("disableBGPExport", false, at), spec.optString("nodeSelector"),
                    spec.stringList("allowedUses", at)));
        }

        private static String mode(Res spec, String field, String at) {
            String m = spec.optString(field);
            if (m == null) {
                return "Never";
            }
            if (!m.equals("Never") && !m.equals("Always") && !m.equals("CrossSubnet")) {
                throw new NetnsConfigException(spec.where + ": " + at + "." + field + " '" + m
                        + "' must be Never, Always or CrossSubnet");
            }
            return m;
        }

        private void addPool(String where, PoolDef pool) {
            for (PoolDef p : pools) {
                if (p.name().equals(pool.name())) {
                    throw new NetnsConfigException(where + ": IP pool '" + pool.name() + "' is defined twice");
                }
            }
            int len = Cidr.parse(pool.cidr()).prefixLength();
            if (pool.blockSize() < len || pool.blockSize() > 32) {
                throw new NetnsConfigException(where + ": IP pool '" + pool.name() + "' blockSize " + pool.blockSize()
                        + " must be between its prefix length " + len + " and 32");
            }
            pools.add(pool);
        }

        private void addBgpConfiguration(Res r) {
            String name = r.name();
            if (!name.equals("default")) {
                throw new NetnsConfigException(r.where + ": BGPConfiguration '" + name
                        + "': only the global one named default is emulated by the netns runtime (per-node overrides are not)");
            }
            if (bgpConfigAt != null) {
                throw new NetnsConfigException(r.where + ": a second BGPConfiguration default (the first is in " + bgpConfigAt + ")");
            }
            bgpConfigAt = r.where;
            Res spec = r.child("spec");
            if (spec == null) {
                return;
            }
            String at = "BGPConfiguration default spec";
            for (String f : UNSUPPORTED_BGPCONFIG_FIELDS) {
                if (spec.has(f)) {
                    throw new NetnsConfigException(r.where + ": " + at + "." + f + " is not emulated by the netns runtime;"
                            + " use --runtime clab for this lab or drop the field");
                }
            }
            if (spec.has("asNumber")) {
                asNumber = spec.asn("asNumber", at);
            }
            if (spec.has("nodeToNodeMeshEnabled")) {
                mesh = spec.boolOr("nodeToNodeMeshEnabled", true, at);
            }
            List<String> lb = new ArrayList<>();
            List<Res> lbList = spec.children("serviceLoadBalancerIPs");
            for (int i = 0; i < lbList.size(); i++) {
                lb.add(lbList.get(i).cidr("cidr", at + ".serviceLoadBalancerIPs[" + i + "]"));
            }
            lbIps = lb;
            Map<String, String> named = new LinkedHashMap<>();
            List<Res> comms = spec.children("communities");
            for (int i = 0; i < comms.size(); i++) {
                String cat = at + ".communities[" + i + "]";
                String cname = comms.get(i).string("name", cat);
                named.put(cname, community(comms.get(i), comms.get(i).string("value", cat), cat + ".value"));
            }
            List<PrefixAdvertisement> ads = new ArrayList<>();
            List<Res> adList = spec.children("prefixAdvertisements");
            for (int i = 0; i < adList.size(); i++) {
                Res a = adList.get(i);
                String aat = at + ".prefixAdvertisements[" + i + "]";
                String cidr = a.cidr("cidr", aat);
                List<String> values = new ArrayList<>();
                for (String c : a.stringList("communities", aat)) {
                    values.add(named.containsKey(c) ? named.get(c) : community(a, c, aat + ".communities"));
                }
                ads.add(new PrefixAdvertisement(cidr, values));
            }
            prefixAds = ads;
        }

        private static String community(Res r, String value, String at) {
            if (!value.matches("\\d+:\\d+|\\d+:\\d+:\\d+")) {
                throw new NetnsConfigException(r.where + ": " + at + " '" + value
                        + "' is neither a community a:b / a:b:c nor the name of one in spec.communities");
            }
            for (String part : value.split(":")) {
                long v = Long.parseLong(part);
                if (v > (value.chars().filter(ch -> ch == ':').count() == 1 ? 65535 : 4294967295L)) {
                    throw new NetnsConfigException(r.where + ": " + at + " '" + value + "': " + part + " is too large");
                }
            }
            return value;
        }

        private void addPeer(Res r) {
            String name = r.name();
            Res spec = r.required("spec");
            String at = "BGPPeer " + name + " spec";
            for (String f : UNSUPPORTED_PEER_FIELDS) {
                if (spec.has(f)) {
                    throw new NetnsConfigException(r.where + ": " + at + "." + f + " is not emulated by the netns runtime;"
                            + " use --runtime clab for this lab or drop the field");
                }
            }
            String source = spec.optString("sourceAddress");
            if (source != null && !source.equals("UseNodeIP")) {
                throw new NetnsConfigException(r.where + ": " + at + ".sourceAddress " + source
                        + " is not emulated by the netns runtime (only UseNodeIP)");
            }
            String ip = spec.string("peerIP", at);
            if (!Ipv4.isValid(ip)) {
                throw new NetnsConfigException(r.where + ": " + at + ".peerIP '" + ip
                        + "' must be a plain IPv4 address (ports and IPv6 are not emulated by the netns runtime)");
            }
            if (!spec.has("asNumber")) {
                throw new NetnsConfigException(r.where + ": " + at + ".asNumber is missing (peerSelector peers are not emulated)");
            }
            String selector = spec.optString("nodeSelector");
            String node = spec.optString("node");
            if (selector != null && !selector.isBlank() && node != null && !node.isBlank()) {
                throw new NetnsConfigException(r.where + ": " + at + " sets both node and nodeSelector; Calico allows only one");
            }
            peers.add(new PeerDef(name, ip, spec.asn("asNumber", at), selector, node));
        }

        CalicoResources build() {
            return new CalicoResources(asNumber == null ? DEFAULT_AS_NUMBER : asNumber, mesh == null || mesh, lbIps, prefixAds,
                    pools, peers);
        }
    }

    private static String describe(Object o) {
        if (o instanceof List<?>) {
            return "a list";
        }
        return "'" + o + "'";
    }

    /** A YAML mapping with the place it came from, with typed getters that report errors by place. */
    private record Res(String where, Map<?, ?> map) {

        boolean has(String key) {
            return map.get(key) != null;
        }

        String name() {
            Res meta = child("metadata");
            String name = meta == null ? null : meta.optString("name");
            if (name == null || name.isBlank()) {
                throw new NetnsConfigException(where + ": " + optString("kind") + " has no metadata.name");
            }
            return name;
        }

        Res required(String key) {
            Res c = child(key);
            if (c == null) {
                throw new NetnsConfigException(where + ": " + optString("kind") + " has no " + key + ":");
            }
            return c;
        }

        Res child(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw new NetnsConfigException(where + ": " + key + " must be a mapping, found " + describe(v));
            }
            return new Res(where, m);
        }

        List<Res> children(String key) {
            Object v = map.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                throw new NetnsConfigException(where + ": " + key + " must be a list, found " + describe(v));
            }
            List<Res> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new NetnsConfigException(where + ": every item of " + key + " must be a mapping, found " + describe(o));
                }
                out.add(new Res(where, m));
            }
            return out;
        }

        String optString(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw new NetnsConfigException(where + ": " + key + " must be a single value, found " + describe(v));
            }
            return v.toString();
        }

        String string(String key, String at) {
            String s = optString(key);
            if (s == null || s.isBlank()) {
                throw new NetnsConfigException(where + ": " + at + "." + key + " is missing");
            }
            return s;
        }

        String cidr(String key, String at) {
            String s = string(key, at);
            try {
                Cidr.parse(s);
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException(where + ": " + at + "." + key + ": " + e.getMessage()
                        + " (IPv6 is not emulated by the netns runtime)");
            }
            return s;
        }

        int intOr(String key, int dflt, String at) {
            Object v = map.get(key);
            if (v == null) {
                return dflt;
            }
            if (v instanceof Integer i) {
                return i;
            }
            throw new NetnsConfigException(where + ": " + at + "." + key + " must be a number, found " + describe(v));
        }

        long asn(String key, String at) {
            Object v = map.get(key);
            long n;
            if (v instanceof Integer || v instanceof Long) {
                n = ((Number) v).longValue();
            } else if (v instanceof String s && s.matches("\\d{1,10}")) {
                n = Long.parseLong(s);
            } else {
                throw new NetnsConfigException(where + ": " + at + "." + key + " must be an AS number, found " + describe(v));
            }
            if (n < 1 || n > 4294967295L) {
                throw new NetnsConfigException(where + ": " + at + "." + key + " " + n + " is outside 1..4294967295");
            }
            return n;
        }

        boolean boolOr(String key, boolean dflt, String at) {
            Object v = map.get(key);
            if (v == null) {
                return dflt;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw new NetnsConfigException(where + ": " + at + "." + key + " must be true or false, found " + describe(v));
        }

        List<String> stringList(String key, String at) {
            Object v = map.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                throw new NetnsConfigException(where + ": " + at + "." + key + " must be a list, found " + describe(v));
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o == null || o instanceof Map<?, ?> || o instanceof List<?>) {
                    throw new NetnsConfigException(where + ": " + at + "." + key + " must hold plain values, found " + describe(o));
                }
                out.add(o.toString());
            }
            return out;
        }
    }
}
