package dev.labforge.probe;

import dev.labforge.check.LinkCheck;
import dev.labforge.check.Side;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A link's operational state, read from the target's interfaces (ToR ports named as its platform names them).
 * Expected up: UP passes; set down (not administratively up: nobody brings it back) is Failed at once; another
 * state (no carrier while the other end is down, not yet up) is Pending, and Failed at once when the other end
 * of the same link is seen down. A link that is down fails every check over it at once with this check's cause
 * ({@link #linkDown}). Expected down: any state but UP passes. Depends on no daemon: the kernel keeps links.
 */
final class LinkEvaluator implements CheckEvaluator<LinkCheck> {

    @Override
    public Class<LinkCheck> checkType() {
        return LinkCheck.class;
    }

    @Override
    public Optional<Reads> reads(LinkCheck c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.INTERFACES));
    }

    /** Both ends of a node's link are checked: either end down fails the other end's check. */
    @Override
    public List<Set<String>> overLinks(LinkCheck c, LabFacts facts) {
        return c.up() ? node(c).map(n -> List.of(Set.of(n))).orElse(List.of()) : List.of();
    }

    @Override
    public Optional<LinkDown> linkDown(LinkCheck c, Answer<String> answer) {
        Optional<String> node = node(c);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (c.up() && answer instanceof Answer.Failed<String> failed) {
            return Optional.of(new LinkDown(node.get(), failed.why()));
        }
        if (!c.up() && answer instanceof Answer.Done<String>) {
            return Optional.of(new LinkDown(node.get(), link(c) + " is DOWN (expect.link wants it down)"));
        }
        return Optional.empty();
    }

    @Override
    public Answer<String> evaluate(LinkCheck c, Round round) {
        Snapshot s = round.snapshot(c.side(), c.on());
        if (!s.interfaces().seen()) {
            return Answer.pending(ProbeEngine.CANNOT_OBSERVE + s.interfaces().failure());
        }
        Optional<InterfaceState> found = Interfaces.named(s.interfaces().value(), c.iface());
        if (found.isEmpty()) {
            return Answer.pending(Interfaces.missing(c.on(), c.iface(), s.interfaces().value()));
        }
        InterfaceState i = found.get();
        String seen = c.iface() + " is " + i.operstate();
        if (!c.up()) {
            return i.up() ? Answer.pending(seen) : Answer.done(seen);
        }
        if (i.up()) {
            return Answer.done(seen);
        }
        if (!i.adminUp()) {
            return Answer.failed(link(c) + " is DOWN (administratively down)");
        }
        return Answer.pending(seen + ("LOWERLAYERDOWN".equalsIgnoreCase(i.operstate()) ? " (no carrier: the other end is down)" : ""));
    }

    /** {@code ceos01 Ethernet2 (to k01-worker)}: the check's name without its type. */
    private static String link(LinkCheck c) {
        return c.name().substring(LinkCheck.TYPE.length() + 1);
    }

    /** The node whose link to the ToR this is: the port's node, or the node itself; none for another interface. */
    private static Optional<String> node(LinkCheck c) {
        if (c.peer() == null) {
            return Optional.empty();
        }
        return Optional.of(c.side() == Side.TOR ? c.peer() : c.on());
    }
}
