package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Collects the Calico resources of a rendered lab file by file; every check names the file and document. */
final class CalicoResourceParser {
    /** BGPPeer fields that change BIRD's behaviour in ways the netns emulation does not reproduce. */
    private static final Set<String> UNSUPPORTED_PEER_FIELDS = Set.of("peerSelector", "password", "reachableBy", "filters",
            "localWorkloadSelector", "ttlSecurity", "numAllowedLocalASNumbers", "keepOriginalNextHop", "maxRestartTime",
            "nextHopMode", "localASNumber", "reversePeering", "keepaliveTime");
    private static final Set<String> UNSUPPORTED_BGPCONFIG_FIELDS = Set.of("serviceClusterIPs", "serviceExternalIPs",
            "listenPort", "bindMode", "nodeMeshPassword", "localWorkloadPeeringIPV4", "ignoredInterfaces");

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
            ResourceMap r = new ResourceMap(where, map);
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

    /** Installation spec.calicoNetwork.mtu, when written. */
    private Integer mtu;

    private void addInstallation(ResourceMap r) {
        if (installationAt != null) {
            throw new NetnsConfigException(r.where() + ": a second Installation (the first is in " + installationAt
                    + "); the operator reconciles only the one named default");
        }
        installationAt = r.where();
        ResourceMap spec = r.child("spec");
        ResourceMap net = spec == null ? null : spec.child("calicoNetwork");
        if (net == null) {
            // The operator's default: one IPIP pool 192.168.0.0/16.
            addPool(r.where(), new PoolDef("default-ipv4-ippool", "192.168.0.0/16", 26, "Always", "Never", true, false,
                    "all()", null));
            return;
        }
        if (net.has("mtu")) {
            int value = net.intOr("mtu", 0, "spec.calicoNetwork");
            if (value < 68 || value > 65535) {
                throw new NetnsConfigException(net.where() + ": spec.calicoNetwork.mtu " + value + " is not an MTU (68..65535)");
            }
            mtu = value;
        }
        String bgp = net.optString("bgp");
        if (bgp != null && !bgp.equals("Enabled")) {
            throw new NetnsConfigException(net.where() + ": spec.calicoNetwork.bgp is " + bgp
                    + "; the netns runtime emulates Calico's BGP (BIRD) and needs bgp: Enabled");
        }
        if (!net.has("ipPools")) {
            addPool(r.where(), new PoolDef("default-ipv4-ippool", "192.168.0.0/16", 26, "Always", "Never", true, false,
                    "all()", null));
            return;
        }
        List<ResourceMap> list = net.children("ipPools");
        for (int i = 0; i < list.size(); i++) {
            ResourceMap p = list.get(i);
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
                default -> throw new NetnsConfigException(p.where() + ": " + at + ".encapsulation '" + encap
                        + "' is not one of None, IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet");
            }
            String nat = p.optString("natOutgoing");
            if (nat != null && !nat.equals("Enabled") && !nat.equals("Disabled")) {
                throw new NetnsConfigException(p.where() + ": " + at + ".natOutgoing '" + nat + "' must be Enabled or Disabled");
            }
            String name = p.optString("name");
            addPool(p.where(), new PoolDef(name == null ? "default-ipv4-ippool" : name, cidr, p.intOr("blockSize", 26, at),
                    ipip, vxlan, !"Disabled".equals(nat), p.boolOr("disableBGPExport", false, at),
                    p.optString("nodeSelector"), p.stringList("allowedUses", at)));
        }
    }

    private void addIpPool(ResourceMap r) {
        String name = r.name();
        ResourceMap spec = r.required("spec");
        String at = "IPPool " + name + " spec";
        String cidr = spec.cidr("cidr", at);
        addPool(r.where(), new PoolDef(name, cidr, spec.intOr("blockSize", 26, at), mode(spec, "ipipMode", at),
                mode(spec, "vxlanMode", at), spec.boolOr("natOutgoing", false, at),
                spec.boolOr("disableBGPExport", false, at), spec.optString("nodeSelector"),
                spec.stringList("allowedUses", at)));
    }

    private static String mode(ResourceMap spec, String field, String at) {
        String m = spec.optString(field);
        if (m == null) {
            return "Never";
        }
        if (!m.equals("Never") && !m.equals("Always") && !m.equals("CrossSubnet")) {
            throw new NetnsConfigException(spec.where() + ": " + at + "." + field + " '" + m
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

    private void addBgpConfiguration(ResourceMap r) {
        String name = r.name();
        if (!name.equals("default")) {
            throw new NetnsConfigException(r.where() + ": BGPConfiguration '" + name
                    + "': only the global one named default is emulated by the netns runtime (per-node overrides are not)");
        }
        if (bgpConfigAt != null) {
            throw new NetnsConfigException(r.where() + ": a second BGPConfiguration default (the first is in " + bgpConfigAt + ")");
        }
        bgpConfigAt = r.where();
        ResourceMap spec = r.child("spec");
        if (spec == null) {
            return;
        }
        String at = "BGPConfiguration default spec";
        for (String f : UNSUPPORTED_BGPCONFIG_FIELDS) {
            if (spec.has(f)) {
                throw new NetnsConfigException(r.where() + ": " + at + "." + f + " is not emulated by the netns runtime;"
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
        List<ResourceMap> lbList = spec.children("serviceLoadBalancerIPs");
        for (int i = 0; i < lbList.size(); i++) {
            lb.add(lbList.get(i).cidr("cidr", at + ".serviceLoadBalancerIPs[" + i + "]"));
        }
        lbIps = lb;
        Map<String, String> named = new LinkedHashMap<>();
        List<ResourceMap> comms = spec.children("communities");
        for (int i = 0; i < comms.size(); i++) {
            String cat = at + ".communities[" + i + "]";
            String cname = comms.get(i).string("name", cat);
            named.put(cname, community(comms.get(i), comms.get(i).string("value", cat), cat + ".value"));
        }
        List<PrefixAdvertisement> ads = new ArrayList<>();
        List<ResourceMap> adList = spec.children("prefixAdvertisements");
        for (int i = 0; i < adList.size(); i++) {
            ResourceMap a = adList.get(i);
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

    private static String community(ResourceMap r, String value, String at) {
        if (!value.matches("\\d+:\\d+|\\d+:\\d+:\\d+")) {
            throw new NetnsConfigException(r.where() + ": " + at + " '" + value
                    + "' is neither a community a:b / a:b:c nor the name of one in spec.communities");
        }
        for (String part : value.split(":")) {
            long v = Long.parseLong(part);
            if (v > (value.chars().filter(ch -> ch == ':').count() == 1 ? 65535 : 4294967295L)) {
                throw new NetnsConfigException(r.where() + ": " + at + " '" + value + "': " + part + " is too large");
            }
        }
        return value;
    }

    private void addPeer(ResourceMap r) {
        String name = r.name();
        ResourceMap spec = r.required("spec");
        String at = "BGPPeer " + name + " spec";
        for (String f : UNSUPPORTED_PEER_FIELDS) {
            if (spec.has(f)) {
                throw new NetnsConfigException(r.where() + ": " + at + "." + f + " is not emulated by the netns runtime;"
                        + " use --runtime clab for this lab or drop the field");
            }
        }
        String source = spec.optString("sourceAddress");
        if (source != null && !source.equals("UseNodeIP")) {
            throw new NetnsConfigException(r.where() + ": " + at + ".sourceAddress " + source
                    + " is not emulated by the netns runtime (only UseNodeIP)");
        }
        String ip = spec.string("peerIP", at);
        if (!Ipv4.isValid(ip)) {
            throw new NetnsConfigException(r.where() + ": " + at + ".peerIP '" + ip
                    + "' must be a plain IPv4 address (ports and IPv6 are not emulated by the netns runtime)");
        }
        if (!spec.has("asNumber")) {
            throw new NetnsConfigException(r.where() + ": " + at + ".asNumber is missing (peerSelector peers are not emulated)");
        }
        String selector = spec.optString("nodeSelector");
        String node = spec.optString("node");
        if (selector != null && !selector.isBlank() && node != null && !node.isBlank()) {
            throw new NetnsConfigException(r.where() + ": " + at + " sets both node and nodeSelector; Calico allows only one");
        }
        peers.add(new PeerDef(name, ip, spec.asn("asNumber", at), selector, node));
    }

    CalicoResources build() {
        return new CalicoResources(asNumber == null ? CalicoResources.DEFAULT_AS_NUMBER : asNumber, mesh == null || mesh, lbIps,
                prefixAds, pools, peers, mtu);
    }

    static String describe(Object o) {
        return o instanceof List<?> ? "a list" : "'" + o + "'";
    }
}
