package dev.labforge.probe;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Side;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BGP sessions, on either end. On the ToR: Established with exactly the prefixes the node exports;
 * "(Policy)" or a wrong remote AS cannot fix themselves (Failed); missing, not yet Established or another
 * prefix count is Pending. On a node: its session to the ToR address (or, in the node-to-node mesh, to
 * another node's address) Established, found by peer address or by the protocol name calico-node's confd
 * writes ({@code Node_10_10_10_1}, {@code Mesh_172_18_0_3}). No session expected:
 * Established is Failed at once, anything else passes. A session needs the daemons on both of its ends.
 */
final class BgpSessionEvaluator implements CheckEvaluator<BgpSessionCheck> {

    @Override
    public Class<BgpSessionCheck> checkType() {
        return BgpSessionCheck.class;
    }

    @Override
    public Optional<Reads> reads(BgpSessionCheck c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.BGP));
    }

    @Override
    public List<Set<Daemon>> dependsOn(BgpSessionCheck c, LabFacts facts) {
        if (!c.established()) {
            return List.of();
        }
        Daemon self = new Daemon(c.side(), c.on());
        // a node's session is with the ToR (one of its gateways) or, in the node-to-node mesh, with another node
        Daemon peer = c.side() == Side.TOR || !facts.isTorAddress(c.peer()) ? Daemon.node(c.peerName()) : Daemon.tor(facts.tor());
        return List.of(Set.of(self), Set.of(peer));
    }

    @Override
    public boolean absence(BgpSessionCheck c) {
        return !c.established();
    }

    @Override
    public Answer<String> evaluate(BgpSessionCheck c, Round round) {
        Observed<List<BgpPeerState>> seen = round.snapshot(c.side(), c.on()).bgp();
        if (!seen.seen()) {
            return Answer.unobserved(seen.failure());
        }
        if (!c.established()) {
            return noSession(c, seen.value());
        }
        return c.side() == Side.TOR ? torSession(c, seen.value()) : nodeSession(c, seen.value());
    }

    private static Answer<String> torSession(BgpSessionCheck c, List<BgpPeerState> peers) {
        BgpPeerState p = peers.stream().filter(s -> s.peer().equals(c.peer())).findFirst().orElse(null);
        String who = "peer " + c.peer();
        if (p == null) {
            return Answer.pending(who + ": no session");
        }
        if (!p.established()) {
            return Answer.pending(who + ": " + ProbeText.state(p));
        }
        if (p.info().contains("(Policy)")) {
            return Answer.failed(who + ": Established (Policy): no routes are exchanged; FRR needs "
                    + "'no bgp ebgp-requires-policy' (or route-maps) for eBGP peers");
        }
        if (p.remoteAs() >= 0 && c.remoteAs() >= 0 && p.remoteAs() != c.remoteAs()) {
            return Answer.failed(who + ": Established with AS " + p.remoteAs() + ", expected AS " + c.remoteAs());
        }
        if (p.prefixesReceived() < 0 || c.prefixes() == null) {
            return Answer.done(who + ": Established" + (p.prefixesReceived() < 0 ? " (prefix count not shown)"
                    : ", " + p.prefixesReceived() + " prefixes received"));
        }
        String text = who + ": Established, " + p.prefixesReceived() + " prefixes received";
        return p.prefixesReceived() == c.prefixes() ? Answer.done(text) : Answer.pending(text);
    }

    private static Answer<String> nodeSession(BgpSessionCheck c, List<BgpPeerState> peers) {
        String id = c.peer().replace('.', '_');
        BgpPeerState p = peers.stream().filter(s -> s.peer().equals(c.peer()) || s.protocol().equals("Node_" + id)
                        || s.protocol().equals("Mesh_" + id))
                .findFirst().orElse(null);
        if (p == null) {
            return Answer.pending("peer " + c.peer() + ": not configured on " + c.on());
        }
        String who = p.protocol().isEmpty() ? "peer " + c.peer() : p.protocol() + " (" + c.peer() + ")";
        String text = who + ": " + ProbeText.state(p);
        return p.established() ? Answer.done(text) : Answer.pending(text);
    }

    private static Answer<String> noSession(BgpSessionCheck c, List<BgpPeerState> peers) {
        BgpPeerState p = peers.stream().filter(s -> s.peer().equals(c.peer())).findFirst().orElse(null);
        if (p == null) {
            return Answer.done("no session");
        }
        if (p.established()) {
            return Answer.failed("peer " + c.peer() + ": Established, but no BGPPeer selects " + c.peerName() + " for the ToR");
        }
        return Answer.done("peer " + c.peer() + ": " + ProbeText.state(p) + " (not established)");
    }
}
