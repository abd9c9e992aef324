package dev.labforge.resolve;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Tor;
import dev.labforge.spec.BgpExpectSpec;
import dev.labforge.spec.ExpectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BGP sessions on both ends: the ToR has each peering node Established with exactly the prefixes Calico
 * exports; a node no BGPPeer pairs with the ToR has no session there; each peering node sees its ToR
 * address(es) Established. A ToR that runs no BGP (its platform's or {@code tor.bgp: false}) has no sessions
 * to check (and no peers), nor are the mesh's checked then. With the node-to-node mesh on, every node sees a
 * session Established with every other node.
 */
final class BgpCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        if (lab.tor().filter(t -> !t.runsBgp()).isPresent()) {
            return List.of(); // a ToR that only routes: an overlay lab, whose traffic Felix carries (no session checked)
        }
        List<Check> out = new ArrayList<>();
        lab.tor().ifPresent(tor -> torSessions(lab, tor, out));
        if (lab.calico().nodeToNodeMesh()) {
            meshSessions(lab, out);
        }
        return out;
    }

    private static void torSessions(Lab lab, Tor t, List<Check> out) {
        Map<Node, List<String>> peering = PeeringFacts.peeringNodes(lab);
        String tor = t.name();
        long nodeAs = lab.calico().asn();
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
    }

    /** Calico's full mesh: each node peers with every other node's address (both ends are checked). */
    private static void meshSessions(Lab lab, List<Check> out) {
        for (Node n : lab.cluster().nodes()) {
            for (Node other : lab.cluster().nodes()) {
                if (!other.name().equals(n.name())) {
                    out.add(new BgpSessionCheck(n.name(), Side.NODE, other.ip(), other.name(), -1, null, true, true));
                }
            }
        }
    }

    /**
     * {@code expect.bgp}: the peer by name or address (a node seen from the ToR; the ToR, i.e. the node's
     * gateway, or another node seen from a node). Left-out prefixes and remoteAs come from the derived check replaced.
     */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        String tor = lab.tor().map(Tor::name).orElse(null);
        for (BgpExpectSpec e : spec.entries(BgpExpectSpec.KEY, BgpExpectSpec.class)) {
            Side side = e.on().equals(tor) ? Side.TOR : Side.NODE;
            Peer peer = side == Side.TOR ? nodePeer(lab, e.peer()) : peerOfNode(lab, lab.node(e.on()), e.peer());
            boolean established = e.established() == null || e.established();
            Check previous = derived.get(new BgpSessionCheck(e.on(), side, peer.address(), peer.name(), -1, null, true, false).key());
            BgpSessionCheck was = previous instanceof BgpSessionCheck b ? b : null;
            Integer prefixes = e.prefixes() != null ? e.prefixes()
                    : was != null && established && side == Side.TOR ? was.prefixes() : null;
            long remoteAs = e.remoteAs() != null ? e.remoteAs() : was != null ? was.remoteAs() : -1;
            out.add(new BgpSessionCheck(e.on(), side, peer.address(), peer.name(), remoteAs, established ? prefixes : null,
                    established, false));
        }
        return out;
    }

    /** The other end of a session: its address and who that is. */
    private record Peer(String address, String name) {
    }

    /** A node written by name or address (an address of no node names itself). */
    private static Peer nodePeer(Lab lab, String peer) {
        Node byName = lab.node(peer);
        if (byName != null) {
            return new Peer(byName.ip(), byName.name());
        }
        return lab.cluster().nodes().stream().filter(n -> n.ip().equals(peer)).findFirst()
                .map(n -> new Peer(peer, n.name())).orElse(new Peer(peer, peer));
    }

    /** What a node peers with: another node (its mesh peer) by name or address, else the ToR. */
    private static Peer peerOfNode(Lab lab, Node node, String peer) {
        Node other = lab.node(peer);
        if (other != null) {
            return new Peer(other.ip(), other.name());
        }
        return lab.cluster().nodes().stream().filter(n -> n.ip().equals(peer)).findFirst()
                .map(n -> new Peer(peer, n.name()))
                .orElseGet(() -> lab.tor().map(t -> torPeer(t, node, peer)).orElse(new Peer(peer, peer)));
    }

    /** The ToR as a node peers with it: by name, its gateway on the node's VLAN; by address, that address. */
    private static Peer torPeer(Tor tor, Node node, String peer) {
        if (tor.name().equals(peer)) {
            return new Peer(node.gateway(), tor.name());
        }
        boolean gateway = tor.vlans().stream().anyMatch(v -> v.gateway().equals(peer));
        return new Peer(peer, gateway ? tor.name() : peer);
    }
}
