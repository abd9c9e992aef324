package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import java.util.List;
import java.util.Objects;

/**
 * Calico picks each node's BGP address from nodeAddressCidrs (IPv6: nodeAddressCidrs6); a node outside
 * them would peer from eth0.
 */
final class AutodetectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.calico() == null) {
            return;
        }
        for (IpFamily family : ctx.families()) {
            FamilyFacts f = ctx.facts(family);
            List<String> written = f.v6() ? ctx.calico().nodeAddressCidrs6() : ctx.calico().nodeAddressCidrs();
            if (written != null) {
                check(ctx, out, f, written);
            }
        }
    }

    private static void check(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<String> written) {
        List<Cidr> cidrs = written.stream().map(c -> SpecValues.cidr(c, f.family())).filter(Objects::nonNull).toList();
        if (cidrs.size() != written.size()) {
            return;
        }
        String path = "calico." + f.field("nodeAddressCidrs");
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            Ip ip = f.nodeAddress(i);
            if (ip != null && cidrs.stream().noneMatch(c -> c.contains(ip))) {
                out.error("E-AUTODETECT", path, ctx.at(path),
                        "node " + n.name() + " (" + ListenRangeRule.describe(f.ipText(n), ip) + ") is outside " + f.field("nodeAddressCidrs")
                                + " " + cidrs,
                        ctx.hasTor() ? "Calico would pick the node's kind address (eth0) for BGP; add its VLAN " + f.field("subnet")
                                + ", or leave " + f.field("nodeAddressCidrs") + " out to derive it"
                                : "Calico would find no address for the node; add the network's subnet " + ctx.networkSubnet()
                                + ", or leave nodeAddressCidrs out (Calico then takes the node's eth0 address)");
            }
        }
    }
}
