package dev.labforge.probe;

import java.util.List;
import java.util.stream.Collectors;

/** Short renderings of observations for check output. */
final class ProbeText {

    private ProbeText() {
    }

    /** "Active" or "Connect Socket: Connection refused". */
    static String state(BgpPeerState p) {
        return p.info().isEmpty() ? p.state() : p.state() + " " + p.info();
    }

    /**
     * "192.168.42.192/26 via 10.10.10.11 (bgp)", "192.168.42.192/26 blackhole (bird)",
     * "192.168.209.64/26 via 192.168.209.64 dev vxlan.calico onlink (80)".
     */
    static String route(RouteEntry r) {
        String how;
        if (!"unicast".equals(r.type())) {
            how = r.type();
        } else if (r.nextHops().isEmpty()) {
            how = r.device().isEmpty() ? "direct" : "dev " + r.device();
        } else {
            how = "via " + String.join(", ", r.nextHops()) + (r.device().isEmpty() ? "" : " dev " + r.device())
                    + (r.onlink() ? " onlink" : "");
        }
        return r.prefix() + " " + how + (r.protocol().isEmpty() ? "" : " (" + r.protocol() + ")");
    }

    static String routes(List<RouteEntry> routes) {
        return routes.stream().map(ProbeText::route).collect(Collectors.joining("; "));
    }
}
