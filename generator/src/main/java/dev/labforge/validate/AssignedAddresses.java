package dev.labforge.validate;

import dev.labforge.net.Cidr;
import dev.labforge.resolve.Defaults;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.VlanSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses the resolver gives nodes that have none written (NodePass), worked out from the spec alone so
 * that rules can check them too. Behind a ToR: the first host of the node's VLAN subnet from .10 up, then .1
 * to .9, that no gateway, written address or earlier node holds. On the flat network of a lab without a ToR:
 * the next free host from .2 up, in kind's node order. An entry is null when it cannot be known.
 */
final class AssignedAddresses {
    private AssignedAddresses() {
    }

    static Long[] behindTor(ValidationContext ctx) {
        List<NodeSpec> nodes = ctx.nodes();
        Long[] result = new Long[nodes.size()];
        Set<Long> taken = new HashSet<>();
        for (VlanSpec v : ctx.vlans()) {
            Long gw = ctx.gateway(v);
            if (gw != null) {
                taken.add(gw);
            }
        }
        takeWritten(nodes, taken);
        for (int k = 0; k < nodes.size(); k++) {
            NodeSpec n = nodes.get(k);
            if (n.ip() != null) {
                result[k] = SpecValues.ip(n.ip());
                continue;
            }
            VlanSpec v = ctx.vlan(n.vlan());
            Cidr subnet = v == null ? null : SpecValues.cidr(v.subnet());
            if (subnet == null) {
                continue;
            }
            long last = subnet.size() - 1;
            for (long h = Defaults.FIRST_NODE_HOST; h < last && result[k] == null; h++) {
                if (taken.add(subnet.networkAddress() + h)) {
                    result[k] = subnet.networkAddress() + h;
                }
            }
            for (long h = 1; h < Defaults.FIRST_NODE_HOST && h < last && result[k] == null; h++) {
                if (taken.add(subnet.networkAddress() + h)) {
                    result[k] = subnet.networkAddress() + h;
                }
            }
        }
        return result;
    }

    static Long[] onNetwork(ValidationContext ctx) {
        List<NodeSpec> nodes = ctx.nodes();
        Long[] result = new Long[nodes.size()];
        Cidr subnet = ctx.networkSubnet();
        Set<Long> taken = new HashSet<>();
        if (ctx.networkGateway() != null) {
            taken.add(ctx.networkGateway());
        }
        takeWritten(nodes, taken);
        long next = Defaults.FLAT_FIRST_NODE_HOST;
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k).ip() != null) {
                result[k] = SpecValues.ip(nodes.get(k).ip());
                continue;
            }
            while (subnet != null && result[k] == null && next < subnet.size() - 1) {
                long candidate = subnet.networkAddress() + next++;
                if (taken.add(candidate)) {
                    result[k] = candidate;
                }
            }
        }
        return result;
    }

    private static void takeWritten(List<NodeSpec> nodes, Set<Long> taken) {
        for (NodeSpec n : nodes) {
            Long ip = SpecValues.ip(n.ip());
            if (ip != null) {
                taken.add(ip);
            }
        }
    }
}
