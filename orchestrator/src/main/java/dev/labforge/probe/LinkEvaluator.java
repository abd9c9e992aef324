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
 * state (set up but no carrier: the other end is down, or not up yet) is Pending, and Failed at once when the other end
 * of the same link is seen down. A link that is down fails every check over it at once with this check's cause
 * ({@link #linkDown}). Expected down: any state but UP passes. Depends on no daemon: the kernel keeps links.
 */
final class LinkEvaluator extends InterfaceEvaluator<LinkCheck> {

    @Override
    public Class<LinkCheck> checkType() {
        return LinkCheck.class;
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
    Answer<String> judge(LinkCheck c, InterfaceState i) {
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
        // Set up but not passing packets: a veth whose other end is down shows DOWN with NO-CARRIER.
        return Answer.pending(seen + " (set up, no carrier)");
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
