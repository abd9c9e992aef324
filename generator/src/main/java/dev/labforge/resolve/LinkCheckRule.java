package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.LinkCheck;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.LinkExpectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lab's links, up: each ToR port (named as its platform names it: Ethernet2 on cEOS, eth2 elsewhere) to its
 * node, then each node's eth1 to the ToR. Both ends are checked, because either may be the one set down.
 * A lab without a ToR has no derived link checks: its nodes share one bridge, with no port of a router to name.
 */
final class LinkCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        List<Check> out = new ArrayList<>();
        if (lab.tor().isEmpty()) {
            return out;
        }
        Tor tor = lab.tor().get();
        for (TorPort p : tor.ports()) {
            out.add(new LinkCheck(tor.name(), Side.TOR, p.routerInterface(), p.node(), true, true));
        }
        for (TorPort p : tor.ports()) {
            out.add(new LinkCheck(p.node(), Side.NODE, Defaults.NODE_INTERFACE, tor.name(), true, true));
        }
        return out;
    }

    /** {@code expect.link}: up unless written; who is at the other end comes from the lab's ports. */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        String tor = lab.tor().map(Tor::name).orElse(null);
        List<TorPort> ports = lab.tor().map(Tor::ports).orElse(List.of());
        for (LinkExpectSpec e : spec.entries(LinkExpectSpec.KEY, LinkExpectSpec.class)) {
            boolean onTor = e.on().equals(tor);
            String peer = null;
            for (TorPort p : ports) {
                if (onTor && p.routerInterface().equals(e.iface())) {
                    peer = p.node();
                } else if (!onTor && p.node().equals(e.on()) && e.iface().equals(Defaults.NODE_INTERFACE)) {
                    peer = tor;
                }
            }
            out.add(new LinkCheck(e.on(), onTor ? Side.TOR : Side.NODE, e.iface(), peer, !"down".equals(e.state()), false));
        }
        return out;
    }
}
