package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code cluster.ipFamily} and the settings of each family agree: an IPv4 cluster (the default) has no
 * IPv6 settings, an IPv6 cluster no IPv4 pod settings, and in a cluster with IPv6 every VLAN with
 * nodes has a {@code subnet6} (the nodes' IPv6 addresses and the ToR's IPv6 gateway live there).
 */
final class IpFamilyRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.cluster() == null) {
            return;
        }
        for (IpFamily family : IpFamily.values()) {
            if (!ctx.families().contains(family)) {
                unused(ctx, out, family);
            }
        }
        if (ctx.families().contains(IpFamily.IPV6)) {
            vlansWithoutSubnet6(ctx, out);
        }
    }

    /** Settings of a family the cluster does not run: one error listing where they are. */
    private static void unused(ValidationContext ctx, Diagnostics out, IpFamily family) {
        List<String> paths = family == IpFamily.IPV6 ? ipv6Settings(ctx) : ipv4PodSettings(ctx);
        if (paths.isEmpty()) {
            return;
        }
        boolean written = ctx.cluster().ipFamily() != null;
        String path = written ? "cluster.ipFamily" : "cluster";
        String listed = String.join(", ", paths.subList(0, Math.min(3, paths.size())))
                + (paths.size() > 3 ? " and " + (paths.size() - 3) + " more" : "");
        out.error("E-FAMILY", path, ctx.at(path), "the cluster's ipFamily is " + ctx.ipFamily() + (written ? "" : " (the default)")
                        + ", but the lab has " + family.label() + (family == IpFamily.IPV4 ? " pod" : "") + " settings: " + listed,
                family == IpFamily.IPV6
                        ? "set cluster.ipFamily: dual for a dual-stack cluster (or ipv6), or remove them"
                        : "set cluster.ipFamily: dual to keep IPv4 pods, or remove them (IPv6 clusters use podSubnet6, IPv6 pools, block6)");
    }

    private static List<String> ipv6Settings(ValidationContext ctx) {
        List<String> paths = new ArrayList<>();
        for (VlanSpec v : ctx.vlans()) {
            if (v.subnet6() != null) {
                paths.add(SpecPaths.vlanPath(v) + ".subnet6");
            }
        }
        if (ctx.cluster().podSubnet6() != null) {
            paths.add("cluster.podSubnet6");
        }
        if (ctx.cluster().serviceSubnet6() != null) {
            paths.add("cluster.serviceSubnet6");
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).ip6() != null) {
                paths.add(SpecPaths.nodePath(i) + ".ip6");
            }
            if (nodes.get(i).block6() != null) {
                paths.add(SpecPaths.nodePath(i) + ".block6");
            }
        }
        if (ctx.calico() != null && ctx.calico().nodeAddressCidrs6() != null) {
            paths.add("calico.nodeAddressCidrs6");
        }
        for (int i : ctx.facts(IpFamily.IPV6).poolIndexes()) {
            paths.add(SpecPaths.poolPath(i) + ".cidr");
        }
        return paths;
    }

    private static List<String> ipv4PodSettings(ValidationContext ctx) {
        List<String> paths = new ArrayList<>();
        if (ctx.cluster().podSubnet() != null) {
            paths.add("cluster.podSubnet");
        }
        if (ctx.cluster().serviceSubnet() != null) {
            paths.add("cluster.serviceSubnet");
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).block() != null) {
                paths.add(SpecPaths.nodePath(i) + ".block");
            }
        }
        if (ctx.calico() != null && ctx.calico().nodeAddressCidrs() != null) {
            paths.add("calico.nodeAddressCidrs");
        }
        List<PoolSpec> pools = ctx.pools();
        for (int i : ctx.facts(IpFamily.IPV4).poolIndexes()) {
            if (pools.get(i).cidr() != null) {
                paths.add(SpecPaths.poolPath(i) + ".cidr");
            }
        }
        return paths;
    }

    private static void vlansWithoutSubnet6(ValidationContext ctx, Diagnostics out) {
        for (VlanSpec v : ctx.vlans()) {
            List<String> members = ctx.nodes().stream().filter(n -> v.id() != null && v.id().equals(n.vlan()))
                    .map(NodeSpec::name).collect(Collectors.toList());
            if (v.subnet6() != null || members.isEmpty()) {
                continue;
            }
            String p = SpecPaths.vlanPath(v);
            out.error("E-FAMILY", p, ctx.at(p), "VLAN " + v.id() + " has no subnet6, but the cluster's ipFamily is " + ctx.ipFamily()
                            + " and node" + (members.size() == 1 ? " " : "s ") + String.join(", ", members)
                            + (members.size() == 1 ? " is" : " are") + " on it",
                    "add the VLAN's IPv6 subnet, e.g. subnet6: fd00:10:" + v.id() + "::/64 (nodes get their IPv6 addresses there)");
        }
    }
}
