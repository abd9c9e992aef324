package dev.labforge.probe;

/**
 * A node that no BGPPeer pairs with the ToR must not have an Established session there
 * (e.g. lab 15 peers only some nodes). Established is Failed at once; anything else passes.
 * Run it after the positive BGP checks so the sessions that should exist are already up.
 */
public record NoTorSessionProbe(String tor, String node, String nodeIp) implements Probe {

    @Override
    public String name() {
        return "no bgp " + tor + " <- " + nodeIp + " (" + node + ")";
    }

    @Override
    public String expected() {
        return "no session";
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        BgpPeerState p = target.torBgpPeers().stream().filter(s -> s.peer().equals(nodeIp)).findFirst().orElse(null);
        if (p == null) {
            return ProbeResult.passed("no session");
        }
        if (p.established()) {
            return ProbeResult.failed("peer " + nodeIp + ": Established, but no BGPPeer selects " + node + " for the ToR");
        }
        return ProbeResult.passed("peer " + nodeIp + ": " + ProbeText.state(p) + " (not established)");
    }
}
