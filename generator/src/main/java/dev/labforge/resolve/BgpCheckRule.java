package dev.labforge.resolve;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BGP sessions on both ends: the ToR has each peering node Established with exactly the prefixes Calico
 * exports; a node no BGPPeer pairs with the ToR has no session there; each peering node sees its ToR
 * address(es) Established. A ToR whose platform runs no BGP has no sessions to check (and no peers).
 */
final class BgpCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        if (!lab.tor().platform().runsBgp()) {
            return List.of();
        }
        Map<Node, List<String>> peering = PeeringFacts.peeringNodes(lab);
        String tor = lab.tor().name();
        long nodeAs = lab.calico().asn();
        List<Check> out = new ArrayList<>();
        for (Node n : peering.keySet()) {
            int prefixes = PeeringFacts.exportedBlocks(lab, n).size() + lab.calico().loadBalancerIPs().size();
            out.add(new BgpSessionCheck(tor, Side.TOR, n.ip(), n.name(), nodeAs, prefixes, true, true));
        }
        for (Node n : lab.cluster().nodes()) {
            if (!peering.containsKey(n)) {
                out.add(new BgpSessionCheck(tor, Side.TOR, n.ip(), n.name(), -1, null, false, true));
            }
        }
        peering.forEach((n, peerIps) -> peerIps.forEach(ip ->
                out.add(new BgpSessionCheck(n.name(), Side.NODE, ip, tor, -1, null, true, true))));
        return out;
    }
}
