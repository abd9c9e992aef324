package dev.labforge.probe;

import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.net.Cidr;
import dev.labforge.wait.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Routes in a kernel table of the ToR or a node. Via: the prefix with next hops all among the expected
 * ones; connected; blackhole (a node's own block). Missing or different is Pending: routes converge.
 * None within: a route inside the range is Failed at once (it will not go away), none passes once the
 * lab has settled. A route learned by BGP needs the daemons it came through: the ToR's, the node's that
 * owns the block, and on a node its own BIRD (which also installs its blackholes). Felix's routes (a via
 * route that must be onlink, the blackhole of a block other nodes reach onlink) need no daemon. A via route
 * may have to leave by a device and carry the onlink flag.
 */
final class RouteEvaluator implements CheckEvaluator<RouteCheck> {

    @Override
    public Class<RouteCheck> checkType() {
        return RouteCheck.class;
    }

    @Override
    public Optional<Reads> reads(RouteCheck c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.ROUTES));
    }

    @Override
    public List<Set<Daemon>> dependsOn(RouteCheck c, LabFacts facts) {
        List<Set<Daemon>> needs = new ArrayList<>();
        if (c.kind() == RouteCheck.Kind.BLACKHOLE && c.side() == Side.NODE && !facts.felixRouted(c.prefix())) {
            needs.add(Set.of(Daemon.node(c.on())));
        }
        if (c.kind() != RouteCheck.Kind.VIA || c.onlink()) {
            return needs;
        }
        if (c.side() == Side.TOR) {
            // Via nodes' addresses: learned from them by the ToR's bgpd; any one of them will do.
            Set<Daemon> from = new LinkedHashSet<>();
            c.via().forEach(v -> facts.nodeAt(v).ifPresent(n -> from.add(Daemon.node(n))));
            if (!from.isEmpty()) {
                needs.add(Set.of(Daemon.tor(c.on())));
                needs.add(Set.copyOf(from));
            }
        } else if (c.via().stream().allMatch(facts::isTorAddress)) {
            // Via the ToR: reflected by it from the node that owns the block, installed by this node's BIRD.
            needs.add(Set.of(Daemon.node(c.on())));
            needs.add(Set.of(Daemon.tor(facts.tor())));
            facts.ownerOf(c.prefix()).filter(owner -> !owner.equals(c.on())).ifPresent(owner -> needs.add(Set.of(Daemon.node(owner))));
        }
        return needs;
    }

    /**
     * A via route goes over the links of the nodes it needs (its own, and the one it was learned from); Felix's
     * onlink routes over the node's own link. A connected route, a blackhole or an absence goes over none.
     */
    @Override
    public List<Set<String>> overLinks(RouteCheck c, LabFacts facts) {
        if (c.kind() != RouteCheck.Kind.VIA) {
            return List.of();
        }
        if (c.onlink() && c.side() == Side.NODE) {
            return List.of(Set.of(c.on()));
        }
        return CheckEvaluator.super.overLinks(c, facts);
    }

    @Override
    public boolean absence(RouteCheck c) {
        return c.kind() == RouteCheck.Kind.NONE_WITHIN;
    }

    @Override
    public Answer<String> evaluate(RouteCheck c, Round round) {
        Snapshot s = round.snapshot(c.side(), c.on());
        if (!s.routes().seen()) {
            return Answer.unobserved(s.routes().failure());
        }
        if (c.kind() == RouteCheck.Kind.NONE_WITHIN) {
            return noneWithin(c, s.routes().value());
        }
        List<RouteEntry> matching = s.routesFor(c.prefix());
        if (matching.isEmpty()) {
            return Answer.pending(c.prefix() + ": no route (" + s.routes().value().size() + " routes in the table)");
        }
        for (RouteEntry r : matching) {
            if (matches(c, r)) {
                return Answer.done(ProbeText.route(r));
            }
        }
        return Answer.pending(ProbeText.routes(matching));
    }

    private static boolean matches(RouteCheck c, RouteEntry r) {
        return switch (c.kind()) {
            case VIA -> "unicast".equals(r.type()) && !r.nextHops().isEmpty()
                    && (c.via().containsAll(r.nextHops()) || linkLocalOnDev(c, r))
                    && (c.dev().isEmpty() || c.dev().equals(r.device())) && (!c.onlink() || r.onlink());
            case CONNECTED -> "unicast".equals(r.type()) && r.nextHops().isEmpty()
                    && ("connected".equals(r.protocol()) || "kernel".equals(r.protocol()));
            case BLACKHOLE -> "blackhole".equals(r.type());
            case NONE_WITHIN -> false;
        };
    }

    /**
     * BIRD6 installs a BGP route via the link-local address the router sent with its global next hop (FRR and EOS send
     * both on a shared link), so an IPv6 check via an on-link gateway on a named interface takes a link-local next
     * hop on that interface as that gateway.
     */
    private static boolean linkLocalOnDev(RouteCheck c, RouteEntry r) {
        return !c.dev().isEmpty() && c.prefix().indexOf(':') >= 0 && c.dev().equals(r.device())
                && r.nextHops().stream().allMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("fe80:"));
    }

    private static Answer<String> noneWithin(RouteCheck c, List<RouteEntry> table) {
        Cidr range = Cidr.parse(c.prefix());
        List<RouteEntry> inside = table.stream().filter(r -> within(range, r.prefix())).toList();
        if (inside.isEmpty()) {
            return Answer.done("none of " + table.size() + " routes inside " + c.prefix());
        }
        return Answer.failed(ProbeText.routes(inside) + " present" + (c.reason().isEmpty() ? "" : ", but " + c.reason()));
    }

    private static boolean within(Cidr range, String prefix) {
        try {
            return range.contains(Cidr.parseInterface(prefix).network());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
