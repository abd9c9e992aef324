package dev.labforge.resolve;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Pool;
import dev.labforge.model.Vlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the check rules ask of a resolved lab. A node "peers with the ToR" when a BGPPeer whose peerIP
 * is one of the ToR's VLAN gateways selects it (so in a lab without a ToR, no node does). What it exports (REFERENCE section 4): its blocks in
 * pools with bgpExport, plus every serviceLoadBalancerIPs CIDR.
 */
final class PeeringFacts {
    private PeeringFacts() {
    }

    /** Nodes paired with the ToR, in node order, each with the ToR addresses (gateways) it peers with; none without a ToR. */
    static Map<Node, List<String>> peeringNodes(Lab lab) {
        if (lab.tor().isEmpty()) {
            return Map.of();
        }
        Set<String> gateways = new LinkedHashSet<>();
        for (Vlan v : lab.tor().get().vlans()) {
            gateways.add(v.gateway());
        }
        Map<Node, List<String>> out = new LinkedHashMap<>();
        for (Node n : lab.cluster().nodes()) {
            List<String> peerIps = new ArrayList<>();
            for (Peer p : lab.calico().peers()) {
                if (gateways.contains(p.peerIP()) && p.nodes().contains(n.name()) && !peerIps.contains(p.peerIP())) {
                    peerIps.add(p.peerIP());
                }
            }
            if (!peerIps.isEmpty()) {
                out.put(n, List.copyOf(peerIps));
            }
        }
        return out;
    }

    static List<IpamBlock> exportedBlocks(Lab lab, Node n) {
        return n.blocks().stream().filter(b -> {
            Pool p = pool(lab, b.pool());
            return p != null && p.bgpExport();
        }).toList();
    }

    static Pool pool(Lab lab, String name) {
        return lab.calico().pools().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Whether a node reaches another node's block of this pool on its own subnet straight via that node's
     * address: Felix routes VXLAN CrossSubnet pools so (see {@link OverlayFacts}); with the node-to-node mesh,
     * BIRD installs the routes it learns from the other node for pools without encapsulation (and IPIP
     * CrossSubnet ones).
     */
    static boolean directOnSubnet(Lab lab, Pool p) {
        return "CrossSubnet".equals(p.vxlanMode()) || meshRouted(lab, p);
    }

    /** BIRD installs this pool's blocks learned over the node-to-node mesh (no VXLAN, no IPIP Always). */
    static boolean meshRouted(Lab lab, Pool p) {
        return lab.calico().nodeToNodeMesh() && "Never".equals(p.vxlanMode()) && !"Always".equals(p.ipipMode());
    }
}
