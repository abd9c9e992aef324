package dev.labforge.validate;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.resolve.Defaults;
import dev.labforge.resolve.Ipv6Hosts;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec as one address family sees it, for the rules that check both families with the same code:
 * which field holds the value ({@code subnet} / {@code subnet6}, {@code ip} / {@code ip6}, ...), the
 * value parsed in this family (null when absent, unreadable or of the other family: {@link CidrRule}
 * reports those), the defaults the resolver applies, and how messages name reserved addresses.
 */
public final class FamilyFacts {
    private final ValidationContext ctx;
    private final IpFamily family;
    private Ip[] nodeAddresses;

    FamilyFacts(ValidationContext ctx, IpFamily family) {
        this.ctx = ctx;
        this.family = family;
    }

    public IpFamily family() {
        return family;
    }

    public boolean v6() {
        return family == IpFamily.IPV6;
    }

    /** Whether the cluster runs this family ({@code cluster.ipFamily}). */
    public boolean inCluster() {
        return ctx.families().contains(family);
    }

    /** The field name with the family's suffix: {@code subnet} or {@code subnet6}. */
    public String field(String ipv4Name) {
        return v6() ? ipv4Name + "6" : ipv4Name;
    }

    public String subnetText(VlanSpec v) {
        return v6() ? v.subnet6() : v.subnet();
    }

    public String gatewayText(VlanSpec v) {
        return v6() ? v.gateway6() : v.gateway();
    }

    public String ipText(NodeSpec n) {
        return v6() ? n.ip6() : n.ip();
    }

    public String blockText(NodeSpec n) {
        return v6() ? n.block6() : n.block();
    }

    public Cidr subnet(VlanSpec v) {
        return SpecValues.cidr(subnetText(v), family);
    }

    /** The VLAN's gateway of this family: as written, or the subnet's first host. Null when neither reads. */
    public Ip gateway(VlanSpec v) {
        if (gatewayText(v) != null) {
            return SpecValues.address(gatewayText(v), family);
        }
        Cidr subnet = subnet(v);
        return subnet == null || subnet.size() < 4 ? null : subnet.hostIp(1);
    }

    /** Node i's address of this family: as written, or the one the resolver assigns; null when unknown. */
    public Ip nodeAddress(int i) {
        if (family == IpFamily.IPV4) {
            Long ip = ctx.nodeAddress(i);
            return ip == null ? null : Ip.parse(dev.labforge.net.Ipv4.format(ip));
        }
        if (nodeAddresses == null) {
            List<NodeSpec> nodes = ctx.nodes();
            List<Cidr> subnets = new ArrayList<>();
            List<Ip> written = new ArrayList<>();
            List<Ip> ipv4 = new ArrayList<>();
            for (int k = 0; k < nodes.size(); k++) {
                NodeSpec n = nodes.get(k);
                VlanSpec v = ctx.vlan(n.vlan());
                subnets.add(v == null ? null : subnet(v));
                written.add(SpecValues.address(n.ip6(), IpFamily.IPV6));
                ipv4.add(ctx.families().contains(IpFamily.IPV4) ? ctx.facts(IpFamily.IPV4).nodeAddress(k) : null);
            }
            List<Ip> gateways = ctx.vlans().stream().map(this::gateway).filter(g -> g != null).toList();
            nodeAddresses = Ipv6Hosts.assign(subnets, written, ipv4, gateways);
        }
        return i < nodeAddresses.length ? nodeAddresses[i] : null;
    }

    public Cidr podSubnet() {
        String written = ctx.cluster() == null ? null : v6() ? ctx.cluster().podSubnet6() : ctx.cluster().podSubnet();
        return SpecValues.cidr(written != null ? written : v6() ? Defaults.POD_SUBNET6 : Defaults.POD_SUBNET, family);
    }

    public Cidr serviceSubnet() {
        String written = ctx.cluster() == null ? null : v6() ? ctx.cluster().serviceSubnet6() : ctx.cluster().serviceSubnet();
        return SpecValues.cidr(written != null ? written : v6() ? Defaults.SERVICE_SUBNET6 : Defaults.SERVICE_SUBNET, family);
    }

    public boolean podSubnetWritten() {
        return ctx.cluster() != null && (v6() ? ctx.cluster().podSubnet6() : ctx.cluster().podSubnet()) != null;
    }

    /** Path of the pod subnet value, or of the cluster when it was left at kind's default. */
    public String podSubnetPath() {
        return podSubnetWritten() ? "cluster." + field("podSubnet") : "cluster";
    }

    /** The pools whose CIDR is of this family (unreadable ones count as IPv4, where CidrRule reports them). */
    public List<PoolSpec> pools() {
        return ctx.pools().stream().filter(p -> SpecValues.familyOf(p.cidr()) == family).toList();
    }

    /** Indexes in {@code calico.pools} of {@link #pools()}, for paths. */
    public List<Integer> poolIndexes() {
        List<PoolSpec> all = ctx.pools();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (SpecValues.familyOf(all.get(i).cidr()) == family) {
                out.add(i);
            }
        }
        return out;
    }

    public int defaultBlockSize() {
        return Defaults.blockSize(family);
    }

    public int blockSize(PoolSpec p) {
        return p.blockSize() == null ? defaultBlockSize() : p.blockSize();
    }

    /** The smallest and largest block sizes Calico accepts for this family. */
    public int minBlock() {
        return v6() ? 116 : 20;
    }

    public int maxBlock() {
        return family.bits();
    }

    /** Addresses no host of the subnet may have: network and broadcast (IPv4), the subnet-router anycast (IPv6). */
    public String reserved(Cidr subnet, Ip ip) {
        if (ip.equals(subnet.first())) {
            return v6() ? "subnet-router anycast" : "network";
        }
        return !v6() && ip.equals(subnet.last()) ? "broadcast" : null;
    }

    /** The usable host range of a subnet, for hints. */
    public String hostRange(Cidr subnet) {
        Ip last = v6() ? subnet.last() : Ip.parse(dev.labforge.net.Ipv4.format(subnet.broadcastAddress() - 1));
        return subnet.host(1) + " and " + last;
    }

    /** Host addresses of a subnet: all but the reserved ones. */
    public long hosts(Cidr subnet) {
        long size = subnet.size();
        return size == Long.MAX_VALUE ? size : size - (v6() ? 1 : 2);
    }
}
