package dev.labforge.validate;

import static dev.labforge.validate.SpecValues.cidr;
import static dev.labforge.validate.SpecValues.familyOf;
import static dev.labforge.validate.SpecValues.ip;
import static dev.labforge.validate.SpecValues.nonNull;

import dev.labforge.diag.SourceMark;
import dev.labforge.net.Cidr;
import dev.labforge.net.IpFamily;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.resolve.Defaults;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.NetworkSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.ReservationSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read-only view of a loaded spec for the rules: null-safe lists, defaults, and the spec's values parsed
 * leniently ({@link SpecValues}); where each value is written is {@link SpecPaths}.
 */
public final class ValidationContext {

    private final LoadedSpec loaded;
    private final LabSpec spec;
    private final NodeSelection selection;

    ValidationContext(LoadedSpec loaded) {
        this.loaded = loaded;
        this.spec = loaded.spec() == null ? new LabSpec(null, null, null, null, null, null, null) : loaded.spec();
        this.selection = new NodeSelection();
    }

    public LabSpec spec() {
        return spec;
    }

    public SourceMark at(String path) {
        return loaded.markOf(path);
    }

    /** Where the character at {@code offset} of the string value at {@code path} sits in the file. */
    public SourceMark atInside(String path, int offset) {
        return loaded.markInside(path, offset);
    }

    public TorSpec tor() {
        return spec.tor();
    }

    public ClusterSpec cluster() {
        return spec.cluster();
    }

    public CalicoSpec calico() {
        return spec.calico();
    }

    /** Whether the lab has a top-of-rack router; without one the nodes sit on the cluster's flat network. */
    public boolean hasTor() {
        return spec.tor() != null;
    }

    /** The flat network's subnet (written or kind's default), or null when it does not parse. */
    public Cidr networkSubnet() {
        NetworkSpec n = cluster() == null ? null : cluster().network();
        return cidr(n == null || n.subnet() == null ? Defaults.FLAT_SUBNET : n.subnet());
    }

    /** The flat network's gateway (written, or the subnet's first host), or null when unknown. */
    public Long networkGateway() {
        NetworkSpec n = cluster() == null ? null : cluster().network();
        if (n != null && n.gateway() != null) {
            return ip(n.gateway());
        }
        Cidr subnet = networkSubnet();
        return subnet == null || subnet.size() < 4 ? null : subnet.networkAddress() + 1;
    }

    public List<VlanSpec> vlans() {
        return spec.tor() == null ? List.of() : nonNull(spec.tor().vlans());
    }

    public List<NodeSpec> nodes() {
        return spec.cluster() == null ? List.of() : nonNull(spec.cluster().nodes());
    }

    /**
     * The pools, unnamed ones under the name the resolver gives them (messages and uniqueness use it):
     * numbered within their family.
     */
    public List<PoolSpec> pools() {
        List<PoolSpec> raw = spec.calico() == null ? null : spec.calico().pools();
        if (raw == null) {
            return List.of();
        }
        List<PoolSpec> out = new java.util.ArrayList<>();
        Map<IpFamily, Integer> seen = new java.util.EnumMap<>(IpFamily.class);
        for (PoolSpec p : raw) {
            if (p != null) {
                IpFamily family = familyOf(p.cidr());
                int index = seen.merge(family, 1, Integer::sum) - 1;
                out.add(p.name() != null ? p : new PoolSpec(Defaults.poolName(null, index, family), p.cidr(), p.blockSize(),
                        p.encapsulation(), p.natOutgoing(), p.bgpExport(), p.nodeSelector()));
            }
        }
        return List.copyOf(out);
    }

    /** The cluster's address families: {@code ipFamily} ipv4 (the default), ipv6, or dual (both). */
    public List<IpFamily> families() {
        return switch (ipFamily()) {
            case "ipv6" -> List.of(IpFamily.IPV6);
            case "dual" -> List.of(IpFamily.IPV4, IpFamily.IPV6);
            default -> List.of(IpFamily.IPV4);
        };
    }

    /** {@code cluster.ipFamily} as written, or the default. */
    public String ipFamily() {
        return cluster() == null || cluster().ipFamily() == null ? Defaults.IP_FAMILY : cluster().ipFamily();
    }

    private final Map<IpFamily, FamilyFacts> facts = new java.util.EnumMap<>(IpFamily.class);

    /** The spec as one family sees it (fields, parsed values, defaults). */
    public FamilyFacts facts(IpFamily family) {
        return facts.computeIfAbsent(family, f -> new FamilyFacts(this, f));
    }

    /** The explicit peers, unnamed ones under the name the resolver gives them. */
    public List<PeerSpec> explicitPeers() {
        List<PeerSpec> raw = spec.calico() == null || spec.calico().peers() == null ? null : spec.calico().peers().explicit();
        if (raw == null) {
            return List.of();
        }
        List<PeerSpec> out = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            PeerSpec p = raw.get(i);
            if (p != null) {
                out.add(p.name() != null ? p : new PeerSpec(Defaults.peerName(null, i), p.peerIP(), p.asNumber(),
                        p.nodeSelector()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code per-vlan}, written or by default (peers left out, towards a ToR that runs BGP; a ToR
     * without BGP gets no peers by default).
     */
    public boolean perVlanPeers() {
        if (!hasTor()) {
            return false; // no VLAN gateways to peer with (FlatNetworkRule reports written peers)
        }
        if (spec.calico() == null || spec.calico().peers() == null) {
            return torRunsBgp();
        }
        return spec.calico().peers().explicit() == null;
    }

    /** The ToR's platform (the default one when left out), or null when the written id is unknown. */
    public TorPlatform torPlatform() {
        return tor() == null ? null : TorPlatforms.orDefault(tor().platform());
    }

    /**
     * Whether the ToR speaks BGP: its platform does and {@code tor.bgp} is not false; true when unknown, so
     * that BGP rules still check what they can.
     */
    public boolean torRunsBgp() {
        return TorBgp.whyNot(this) == null;
    }

    /** The ToR role, {@code route-reflector} when left out; null when the ToR runs no BGP. */
    public String torRole() {
        if (!torRunsBgp()) {
            return null;
        }
        return tor() == null || tor().role() == null ? "route-reflector" : tor().role();
    }

    /** The cluster AS, Calico's default when left out. */
    public long calicoAsn() {
        return calico() == null || calico().asn() == null ? Defaults.CALICO_ASN : calico().asn();
    }

    public boolean nodeToNodeMesh() {
        return calico() == null || calico().nodeToNodeMesh() == null || calico().nodeToNodeMesh();
    }

    public List<String> loadBalancerIPs() {
        return spec.calico() == null ? List.of() : nonNull(spec.calico().loadBalancerIPs());
    }

    public List<PrefixAdvertisementSpec> prefixAdvertisements() {
        return spec.calico() == null ? List.of() : nonNull(spec.calico().prefixAdvertisements());
    }

    /** The IP reservations, unnamed ones under the name the resolver gives them. */
    public List<ReservationSpec> reservations() {
        List<ReservationSpec> raw = spec.calico() == null ? null : spec.calico().reservations();
        if (raw == null) {
            return List.of();
        }
        List<ReservationSpec> out = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ReservationSpec r = raw.get(i);
            if (r != null) {
                out.add(r.name() != null ? r : new ReservationSpec(Defaults.reservationName(null, i), r.cidrs()));
            }
        }
        return List.copyOf(out);
    }

    /** Every reserved range that parses (a single address as /32). */
    public List<Cidr> reservedCidrs() {
        return reservations().stream().flatMap(r -> nonNull(r.cidrs()).stream())
                .map(c -> cidr(c.contains("/") ? c : c + "/32")).filter(Objects::nonNull).toList();
    }

    public List<WorkloadSpec> workloads() {
        return nonNull(spec.workloads());
    }

    public Cidr podSubnet() {
        String s = cluster() == null || cluster().podSubnet() == null ? Defaults.POD_SUBNET : cluster().podSubnet();
        return cidr(s);
    }

    public Cidr serviceSubnet() {
        String s = cluster() == null || cluster().serviceSubnet() == null ? Defaults.SERVICE_SUBNET : cluster().serviceSubnet();
        return cidr(s);
    }

    /** Path of the pod subnet value, or of the cluster when it was left at kind's default. */
    public String podSubnetPath() {
        return cluster() != null && cluster().podSubnet() != null ? "cluster.podSubnet" : "cluster";
    }

    public String serviceSubnetPath() {
        return cluster() != null && cluster().serviceSubnet() != null ? "cluster.serviceSubnet" : "cluster";
    }

    public VlanSpec vlan(Integer id) {
        if (id == null) {
            return null;
        }
        return vlans().stream().filter(v -> id.equals(v.id())).findFirst().orElse(null);
    }

    private Long[] addresses;

    /**
     * The address node i ends up with: as written, or the one the resolver assigns ({@link AssignedAddresses}).
     * Null when it cannot be known (unreadable address, VLAN or subnet, or a full subnet).
     */
    public Long nodeAddress(int i) {
        if (addresses == null) {
            addresses = hasTor() ? AssignedAddresses.behindTor(this) : AssignedAddresses.onNetwork(this);
        }
        return i < addresses.length ? addresses[i] : null;
    }

    /** The VLAN's gateway: as written, or the subnet's first host. Null when neither can be read. */
    public Long gateway(VlanSpec v) {
        if (v.gateway() != null) {
            return ip(v.gateway());
        }
        Cidr subnet = cidr(v.subnet());
        return subnet == null || subnet.size() < 4 ? null : subnet.networkAddress() + 1;
    }

    public int blockSize(PoolSpec p) {
        return p.blockSize() == null ? Defaults.BLOCK_SIZE : p.blockSize();
    }

    /** The labels selectors see on the node, as the resolver sets them: vlan=&lt;id&gt; (behind a ToR) plus the author's. */
    public Map<String, String> nodeLabels(NodeSpec n) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (n.vlan() != null && hasTor()) {
            labels.put("vlan", String.valueOf(n.vlan()));
        }
        if (n.labels() != null) {
            n.labels().forEach((k, v) -> labels.putIfAbsent(k, v));
        }
        return labels;
    }

    public NodeSelection selection() {
        return selection;
    }

    /** True/false when the selector can be evaluated, null when it does not parse. Null selector = all(). */
    public Boolean selects(String selector, NodeSpec n) {
        return selection.matches(selector, nodeLabels(n));
    }

    public boolean isControlPlane(NodeSpec n) {
        return "control-plane".equals(n.role());
    }
}
