package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.CommunityCheck;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.PrefixAdvertisement;
import dev.labforge.net.Cidr;
import dev.labforge.spec.CommunityExpectSpec;
import dev.labforge.spec.ExpectSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BGP communities on the ToR: each peering node's exported block that a {@code prefixAdvertisements}
 * entry covers arrives carrying that entry's communities. calico-node's BIRD adds them on export, for
 * every entry whose CIDR contains the route ({@code if net ~ cidr then bgp_community.add(...)}), so the
 * communities of all covering entries add up (REFERENCE section 4).
 */
final class CommunityCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        List<PrefixAdvertisement> adverts = lab.calico().prefixAdvertisements();
        List<Check> out = new ArrayList<>();
        if (adverts.isEmpty() || lab.tor().isEmpty()) {
            return out; // communities are seen in the ToR's BGP table
        }
        String tor = lab.tor().get().name();
        for (Node n : PeeringFacts.peeringNodes(lab).keySet()) {
            for (IpamBlock b : PeeringFacts.exportedBlocks(lab, n)) {
                Cidr block = Cidr.parse(b.cidr());
                Set<String> communities = new LinkedHashSet<>();
                for (PrefixAdvertisement a : adverts) {
                    if (Cidr.parse(a.cidr()).contains(block)) {
                        communities.addAll(a.communities());
                    }
                }
                if (!communities.isEmpty()) {
                    out.add(new CommunityCheck(tor, b.cidr(), n.name(), List.copyOf(communities), true));
                }
            }
        }
        return out;
    }

    /** {@code expect.community}: on the ToR unless written; the node is the one whose block the prefix is. */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (CommunityExpectSpec e : spec.entries(CommunityExpectSpec.KEY, CommunityExpectSpec.class)) {
            String on = e.on() != null ? e.on() : lab.tor().map(dev.labforge.model.Tor::name).orElseThrow();
            String prefix = Cidr.parse(e.prefix()).toString();
            String node = e.node();
            if (node == null) {
                node = lab.cluster().nodes().stream().filter(n -> n.blocks().stream().anyMatch(b -> b.cidr().equals(prefix)))
                        .map(Node::name).findFirst().orElse(null);
            }
            out.add(new CommunityCheck(on, prefix, node, e.communities(), false));
        }
        return out;
    }
}
