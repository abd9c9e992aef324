package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.VlanSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Node addresses are unique. Behind a ToR each node sits on a defined VLAN, on a usable host address of
 * that VLAN's subnet (the flat network of a lab without a ToR is {@link FlatNetworkRule}'s).
 */
final class NodeAddressRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<NodeSpec> nodes = ctx.nodes();
        capacity(ctx, out, nodes);
        Map<Long, Integer> used = new HashMap<>();
        String defined = ctx.vlans().stream().map(v -> String.valueOf(v.id())).collect(Collectors.joining(", "));
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            String p = ValidationContext.nodePath(i);
            VlanSpec vlan = ctx.vlan(n.vlan());
            if (n.vlan() != null && vlan == null && ctx.hasTor()) {
                out.error("E-NODE-VLAN", p + ".vlan", ctx.at(p + ".vlan"),
                        "node " + n.name() + " is on VLAN " + n.vlan() + ", which the ToR does not define",
                        defined.isEmpty() ? "define the VLAN under tor.vlans" : "use one of the ToR's VLANs: " + defined
                                + ", or add VLAN " + n.vlan() + " under tor.vlans");
            }
            Long ip = ValidationContext.ip(n.ip());
            if (ip == null) {
                continue;
            }
            String ipPath = p + ".ip";
            Integer first = used.putIfAbsent(ip, i);
            if (first != null) {
                out.error("E-DUPLICATE-IP", ipPath, ctx.at(ipPath),
                        "address " + n.ip() + " of node " + n.name() + " is already used by node " + nodes.get(first).name(),
                        "give every node its own address, or leave ip out to have one assigned");
            }
            Cidr subnet = vlan == null ? null : ValidationContext.cidr(vlan.subnet());
            if (subnet == null) {
                continue;
            }
            if (!subnet.contains(ip)) {
                out.error("E-NODE-IP-SUBNET", ipPath, ctx.at(ipPath),
                        "address " + n.ip() + " of node " + n.name() + " is outside VLAN " + vlan.id() + "'s subnet " + subnet,
                        "use an address in " + subnet + " or move the node to the VLAN whose subnet holds " + n.ip());
                continue;
            }
            Long gw = ctx.gateway(vlan);
            if (ip == subnet.networkAddress() || ip == subnet.broadcastAddress()) {
                out.error("E-NODE-IP-RESERVED", ipPath, ctx.at(ipPath),
                        "address " + n.ip() + " of node " + n.name() + " is the "
                                + (ip == subnet.networkAddress() ? "network" : "broadcast") + " address of " + subnet,
                        "use a host address between " + subnet.host(1) + " and " + Ipv4.format(subnet.broadcastAddress() - 1));
            } else if (gw != null && gw.longValue() == ip) {
                out.error("E-NODE-IP-GATEWAY", ipPath, ctx.at(ipPath),
                        "address " + n.ip() + " of node " + n.name() + " is VLAN " + vlan.id() + "'s gateway (the ToR's address)",
                        "use another host address in " + subnet + (vlan.gateway() == null
                                ? " (the gateway defaults to the subnet's first host)" : ""));
            }
        }
    }

    /** The gateway and every node of a VLAN need a host address of its subnet. */
    private static void capacity(ValidationContext ctx, Diagnostics out, List<NodeSpec> nodes) {
        for (VlanSpec v : ctx.vlans()) {
            Cidr subnet = ValidationContext.cidr(v.subnet());
            if (subnet == null || subnet.prefixLength() > 30) {
                continue;
            }
            long members = nodes.stream().filter(n -> v.id() != null && v.id().equals(n.vlan())).count();
            long hosts = subnet.size() - 2;
            if (members + 1 > hosts) {
                String p = ValidationContext.vlanPath(v) + ".subnet";
                out.error("E-SUBNET-SIZE", p, ctx.at(p), "VLAN " + v.id() + "'s subnet " + subnet + " has " + hosts
                                + " host addresses, but the gateway and " + members + " nodes need " + (members + 1),
                        "use a larger subnet, e.g. " + new Cidr(subnet.networkAddress(), Math.min(24, subnet.prefixLength() - 1)).network());
            }
        }
    }
}
