package dev.labforge.probe;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import java.util.ArrayList;
import java.util.List;

/**
 * The probes that observe a lab's checks (decided by the generator: {@link Lab#checks()}, the same list
 * labforge/plan.yaml carries), one probe per check, in the checks' order. Pure: no lab is touched here.
 */
public final class Probes {

    private Probes() {
    }

    public static List<Probe> forLab(Lab lab) {
        return forChecks(lab.checks());
    }

    public static List<Probe> forChecks(List<Check> checks) {
        List<Probe> out = new ArrayList<>();
        for (Check c : checks) {
            out.add(probeOf(c));
        }
        return List.copyOf(out);
    }

    static Probe probeOf(Check check) {
        if (check instanceof BgpSessionCheck b) {
            if (b.side() == Side.TOR) {
                return b.established() ? new TorSessionProbe(b.on(), b.peerName(), b.peer(), b.remoteAs(), b.prefixes())
                        : new NoTorSessionProbe(b.on(), b.peerName(), b.peer());
            }
            return new NodeSessionProbe(b.on(), b.peer(), b.peerName());
        }
        if (check instanceof RouteCheck r) {
            if (r.kind() == RouteCheck.Kind.NONE_WITHIN) {
                return new NoRoutesWithinProbe(r.on(), r.prefix(), r.reason());
            }
            return new RouteProbe(r.on(), r.side() == Side.TOR, r.prefix(), RouteProbe.Kind.valueOf(r.kind().name()), r.via());
        }
        if (check instanceof PingCheck p) {
            return new PingProbe(p.from(), p.to(), p.ttl(), p.reachable());
        }
        throw new IllegalArgumentException("no probe for check type " + check.type() + " (" + check.name() + ")");
    }
}
