package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.VlanSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Node addresses are unique. Behind a ToR each node sits on a defined VLAN, on a usable host address of
 * that VLAN's subnet, and its {@code ip6} likewise in the VLAN's {@code subnet6} (the flat network of a lab
 * without a ToR is {@link FlatNetworkRule}'s).
 */
final class NodeAddressRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<NodeSpec> nodes = ctx.nodes();
        for (IpFamily family : IpFamily.values()) {
            capacity(ctx, out, ctx.facts(family), nodes);
        }
        String defined = ctx.vlans().stream().map(v -> String.valueOf(v.id())).collect(Collectors.joining(", "));
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            String p = SpecPaths.nodePath(i);
            VlanSpec vlan = ctx.vlan(n.vlan());
            if (n.vlan() != null && vlan == null && ctx.hasTor()) {
                out.error("E-NODE-VLAN", p + ".vlan", ctx.at(p + ".vlan"),
                        "node " + n.name() + " is on VLAN " + n.vlan() + ", which the ToR does not define",
                        defined.isEmpty() ? "define the VLAN under tor.vlans" : "use one of the ToR's VLANs: " + defined
                                + ", or add VLAN " + n.vlan() + " under tor.vlans");
            }
        }
        for (IpFamily family : IpFamily.values()) {
            addresses(ctx, out, ctx.facts(family), nodes);
        }
    }

    private static void addresses(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<NodeSpec> nodes) {
        Map<Ip, Integer> used = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            VlanSpec vlan = ctx.vlan(n.vlan());
            String written = f.ipText(n);
            Ip ip = SpecValues.address(written, f.family());
            if (ip == null) {
                continue;
            }
            String ipPath = SpecPaths.nodePath(i) + "." + f.field("ip");
            Integer first = used.putIfAbsent(ip, i);
            if (first != null) {
                out.error("E-DUPLICATE-IP", ipPath, ctx.at(ipPath),
                        "address " + written + " of node " + n.name() + " is already used by node " + nodes.get(first).name(),
                        "give every node its own address, or leave " + f.field("ip") + " out to have one assigned");
            }
            if (vlan == null) {
                continue;
            }
            Cidr subnet = f.subnet(vlan);
            if (subnet == null) {
                if (f.v6() && vlan.subnet6() == null) {
                    out.error("E-NODE-IP-SUBNET", ipPath, ctx.at(ipPath), "node " + n.name() + " has IPv6 address " + written
                                    + ", but VLAN " + vlan.id() + " has no IPv6 subnet",
                            "add subnet6 to VLAN " + vlan.id() + " (e.g. subnet6: " + Cidr.of(ip, 64).network() + ")");
                }
                continue;
            }
            if (!subnet.contains(ip)) {
                out.error("E-NODE-IP-SUBNET", ipPath, ctx.at(ipPath),
                        "address " + written + " of node " + n.name() + " is outside VLAN " + vlan.id() + "'s "
                                + (f.v6() ? "IPv6 subnet " : "subnet ") + subnet,
                        "use an address in " + subnet + " or move the node to the VLAN whose subnet holds " + written);
                continue;
            }
            Ip gw = f.gateway(vlan);
            String reserved = f.reserved(subnet, ip);
            if (reserved != null) {
                out.error("E-NODE-IP-RESERVED", ipPath, ctx.at(ipPath),
                        "address " + written + " of node " + n.name() + " is the " + reserved + " address of " + subnet,
                        "use a host address between " + f.hostRange(subnet));
            } else if (ip.equals(gw)) {
                out.error("E-NODE-IP-GATEWAY", ipPath, ctx.at(ipPath),
                        "address " + written + " of node " + n.name() + " is VLAN " + vlan.id() + "'s gateway (the ToR's address)",
                        "use another host address in " + subnet + (f.gatewayText(vlan) == null
                                ? " (the gateway defaults to the subnet's first host)" : ""));
            }
        }
    }

    /** The gateway and every node of a VLAN need a host address of its subnet. */
    private static void capacity(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<NodeSpec> nodes) {
        for (VlanSpec v : ctx.vlans()) {
            Cidr subnet = f.subnet(v);
            if (subnet == null || subnet.prefixLength() > f.family().bits() - 2) {
                continue;
            }
            long members = nodes.stream().filter(n -> v.id() != null && v.id().equals(n.vlan())).count();
            long hosts = f.hosts(subnet);
            if (members + 1 > hosts) {
                String p = SpecPaths.vlanPath(v) + "." + f.field("subnet");
                out.error("E-SUBNET-SIZE", p, ctx.at(p), "VLAN " + v.id() + "'s subnet " + subnet + " has " + hosts
                                + " host addresses, but the gateway and " + members + " nodes need " + (members + 1),
                        "use a larger subnet, e.g. " + subnet.withPrefixLength(Math.min(f.v6() ? 64 : 24, subnet.prefixLength() - 1)));
            }
        }
    }
}
