package dev.labforge.runtime.netns.config;

import dev.labforge.selector.Selector;
import dev.labforge.selector.SelectorSyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The BGP sessions of a node's bird.conf as confd renders them: the node-to-node mesh, then the global and the
 * node-specific BGPPeers that select this node (one session per peer address; a Calico node at the higher address
 * is the one that connects). {@link CalicoBirdConfig} writes the rest of the file.
 */
final class BirdSessions {

    private BirdSessions() {
    }

    static void appendMesh(StringBuilder b, CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes) {
        b.append("# ------------- Node-to-node mesh -------------\n");
        if (!calico.nodeToNodeMesh()) {
            b.append("# Node-to-node mesh disabled.\n\n");
            return;
        }
        for (NodeFacts other : allNodes) {
            if (other.ip().equals(node.ip())) {
                continue;
            }
            b.append("protocol bgp Mesh_").append(id(other.ip())).append(" from bgp_template {\n")
                    .append("  neighbor ").append(other.ip()).append(" as ").append(calico.asNumber()).append(";\n")
                    .append("  source address ").append(node.ip()).append(";\n")
                    .append("  import all;\n")
                    .append("  export filter { calico_export_to_bgp_peers(true); reject; };\n");
            if (higher(other.ip(), node.ip())) {
                b.append("  passive on; # the mesh is one-way: ").append(other.name()).append(" connects to us\n");
            }
            b.append("}\n\n");
        }
    }

    static void appendPeers(StringBuilder b, CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes) {
        Set<String> peered = new HashSet<>();
        b.append("# ------------- Global peers -------------\n");
        boolean any = false;
        for (PeerDef peer : calico.peers()) {
            if (peer.global()) {
                any = true;
                appendPeer(b, "Global_", peer, calico, node, allNodes, peered);
            }
        }
        if (!any) {
            b.append("# No global peers configured.\n\n");
        }
        b.append("# ------------- Node-specific peers -------------\n");
        any = false;
        for (PeerDef peer : calico.peers()) {
            if (!peer.global() && selects(peer, node)) {
                any = true;
                appendPeer(b, "Node_", peer, calico, node, allNodes, peered);
            }
        }
        if (!any) {
            b.append("# No node-specific peers configured.\n");
        }
    }

    private static boolean selects(PeerDef peer, NodeFacts node) {
        if (peer.node() != null && !peer.node().isBlank()) {
            return peer.node().equals(node.name());
        }
        try {
            return Selector.parse(peer.nodeSelector() == null ? "" : peer.nodeSelector()).matches(node.labels());
        } catch (SelectorSyntaxException e) {
            throw new NetnsConfigException("BGPPeer " + peer.name() + " nodeSelector: " + e.getMessage(), e);
        }
    }

    private static void appendPeer(StringBuilder b, String prefix, PeerDef peer, CalicoResources calico, NodeFacts node,
            List<NodeFacts> allNodes, Set<String> peered) {
        if (peer.peerIP().equals(node.ip())) {
            b.append("# BGPPeer ").append(peer.name()).append(": skipping ourselves (").append(node.ip()).append(")\n\n");
            return;
        }
        if (!peered.add(peer.peerIP())) {
            b.append("# BGPPeer ").append(peer.name()).append(": ").append(peer.peerIP())
                    .append(" already has a peering on this node\n\n");
            return;
        }
        boolean internal = peer.asNumber() == calico.asNumber();
        b.append("# BGPPeer ").append(peer.name()).append(internal ? " (iBGP)" : " (eBGP)").append('\n')
                .append("protocol bgp ").append(prefix).append(id(peer.peerIP())).append(" from bgp_template {\n")
                .append("  ttl security off;\n")
                .append("  multihop;\n")
                .append("  neighbor ").append(peer.peerIP()).append(" as ").append(peer.asNumber()).append(";\n")
                .append("  source address ").append(node.ip()).append(";\n")
                .append("  import filter { accept; };\n")
                .append("  export filter { calico_export_to_bgp_peers(").append(internal).append("); reject; };\n");
        for (NodeFacts other : allNodes) {
            // A peer that is itself a Calico node connects to us when its address is the higher one.
            if (other.ip().equals(peer.peerIP()) && higher(other.ip(), node.ip())) {
                b.append("  passive on;\n");
            }
        }
        b.append("}\n\n");
    }

    /** confd compares the addresses as strings (Go template gt); any strict order makes exactly one side passive. */
    private static boolean higher(String a, String b) {
        return a.compareTo(b) > 0;
    }

    /** Calico's protocol name part: 10.10.10.1 is 10_10_10_1, fd00:10:10::1 is fd00_10_10__1. */
    private static String id(String ip) {
        return ip.replace('.', '_').replace(':', '_');
    }
}
