package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.NodeSpec;
import java.util.List;
import java.util.Objects;

/** Calico picks each node's BGP address from nodeAddressCidrs; a node outside them would peer from eth0. */
final class AutodetectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.calico() == null || ctx.calico().nodeAddressCidrs() == null) {
            return;
        }
        List<Cidr> cidrs = ctx.calico().nodeAddressCidrs().stream().map(ValidationContext::cidr).filter(Objects::nonNull).toList();
        if (cidrs.size() != ctx.calico().nodeAddressCidrs().size()) {
            return;
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Long ip = ctx.nodeAddress(i);
            if (ip != null && cidrs.stream().noneMatch(c -> c.contains(ip))) {
                out.error("E-AUTODETECT", "calico.nodeAddressCidrs", ctx.at("calico.nodeAddressCidrs"),
                        "node " + n.name() + " (" + ListenRangeRule.describe(n, ip) + ") is outside nodeAddressCidrs " + cidrs,
                        ctx.hasTor() ? "Calico would pick the node's kind address (eth0) for BGP; add its VLAN subnet, "
                                + "or leave nodeAddressCidrs out to derive it"
                                : "Calico would find no address for the node; add the network's subnet " + ctx.networkSubnet()
                                + ", or leave nodeAddressCidrs out (Calico then takes the node's eth0 address)");
            }
        }
    }
}
