package dev.labforge.probe;

/**
 * A node's BGP daemon sees its ToR peer Established. Matched by peer address or by Calico's protocol
 * name Node_&lt;ip with _&gt;. Anything else is Pending (BIRD retries by itself).
 */
public record NodeSessionProbe(String node, String peerIp, String tor) implements Probe {

    /** The BIRD protocol calico-node's confd writes for a BGPPeer with this peerIP. */
    public String protocol() {
        return "Node_" + peerIp.replace('.', '_');
    }

    @Override
    public String name() {
        return "bgp " + node + " -> " + peerIp + " (" + tor + ")";
    }

    @Override
    public String expected() {
        return "Established";
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        BgpPeerState p = target.nodeBgpPeers(node).stream()
                .filter(s -> s.peer().equals(peerIp) || s.protocol().equals(protocol()))
                .findFirst().orElse(null);
        if (p == null) {
            return ProbeResult.pending("peer " + peerIp + ": not configured on " + node);
        }
        String who = p.protocol().isEmpty() ? "peer " + peerIp : p.protocol() + " (" + peerIp + ")";
        String seen = who + ": " + ProbeText.state(p);
        return p.established() ? ProbeResult.passed(seen) : ProbeResult.pending(seen);
    }
}
