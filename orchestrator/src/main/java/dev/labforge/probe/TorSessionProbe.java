package dev.labforge.probe;

/**
 * The ToR has an Established session with a node that sent exactly the prefixes Calico exports
 * (its exported blocks plus the service LoadBalancer CIDRs). "(Policy)" or a wrong remote AS cannot
 * fix themselves: Failed. Missing, not yet Established, or a different prefix count: Pending.
 */
public record TorSessionProbe(String tor, String node, String nodeIp, long nodeAs, Integer prefixes) implements Probe {

    @Override
    public String name() {
        return "bgp " + tor + " <- " + nodeIp + " (" + node + ")";
    }

    @Override
    public String expected() {
        return prefixes == null ? "Established" : "Established, " + prefixes + " prefixes received";
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        BgpPeerState p = target.torBgpPeers().stream().filter(s -> s.peer().equals(nodeIp)).findFirst().orElse(null);
        String who = "peer " + nodeIp;
        if (p == null) {
            return ProbeResult.pending(who + ": no session");
        }
        if (!p.established()) {
            return ProbeResult.pending(who + ": " + ProbeText.state(p));
        }
        if (p.info().contains("(Policy)")) {
            return ProbeResult.failed(who + ": Established (Policy): no routes are exchanged; FRR needs "
                    + "'no bgp ebgp-requires-policy' (or route-maps) for eBGP peers");
        }
        if (p.remoteAs() >= 0 && nodeAs >= 0 && p.remoteAs() != nodeAs) {
            return ProbeResult.failed(who + ": Established with AS " + p.remoteAs() + ", expected AS " + nodeAs);
        }
        if (p.prefixesReceived() < 0) {
            return ProbeResult.passed(who + ": Established (prefix count not shown)");
        }
        String seen = who + ": Established, " + p.prefixesReceived() + " prefixes received";
        return prefixes == null || p.prefixesReceived() == prefixes ? ProbeResult.passed(seen) : ProbeResult.pending(seen);
    }
}
