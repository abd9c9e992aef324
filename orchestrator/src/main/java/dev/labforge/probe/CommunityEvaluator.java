package dev.labforge.probe;

import dev.labforge.check.CommunityCheck;
import dev.labforge.check.Side;
import dev.labforge.probe.BgpPrefixPaths.BgpPath;
import dev.labforge.wait.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A prefix in the ToR's BGP table carries communities: the path learned from the exporting node (by its
 * address; without a known node, the best path) has every expected community, standard or large. No such
 * prefix, no path from that node, or communities missing is Pending (a BGPConfiguration may still be
 * applied); the check needs the ToR's bgpd and the exporting node's daemon.
 */
final class CommunityEvaluator implements CheckEvaluator<CommunityCheck> {

    @Override
    public Class<CommunityCheck> checkType() {
        return CommunityCheck.class;
    }

    @Override
    public Optional<Reads> reads(CommunityCheck c) {
        return Optional.of(new Reads(Side.TOR, c.on(), Aspect.BGP_PREFIXES, c.prefix()));
    }

    @Override
    public List<Set<Daemon>> dependsOn(CommunityCheck c, LabFacts facts) {
        List<Set<Daemon>> needs = new ArrayList<>();
        needs.add(Set.of(Daemon.tor(c.on())));
        if (c.node() != null) {
            needs.add(Set.of(Daemon.node(c.node())));
        }
        return needs;
    }

    @Override
    public Answer<String> evaluate(CommunityCheck c, Round round) {
        Observed<BgpPrefixPaths> seen = round.snapshot(Side.TOR, c.on()).prefix(c.prefix());
        if (!seen.seen()) {
            return Answer.unobserved(seen.failure());
        }
        BgpPrefixPaths paths = seen.value();
        if (!paths.known()) {
            return Answer.pending(c.prefix() + ": not in the BGP table");
        }
        Optional<String> from = c.node() == null ? Optional.empty()
                : round.facts().addressOf(c.node(), dev.labforge.net.Cidr.parse(c.prefix()).family());
        BgpPath path = paths.paths().stream()
                .filter(p -> from.isPresent() ? p.peer().equals(from.get()) : p.best())
                .findFirst().orElse(null);
        if (path == null) {
            return Answer.pending(c.prefix() + ": no path " + from.map(a -> "from " + a).orElse("selected as best") + " (paths from "
                    + String.join(", ", paths.paths().stream().map(p -> p.peer().isEmpty() ? "itself" : p.peer()).toList()) + ")");
        }
        List<String> carried = new ArrayList<>(path.communities());
        carried.addAll(path.largeCommunities());
        String text = c.prefix() + (path.peer().isEmpty() ? "" : " from " + path.peer()) + ": "
                + (carried.isEmpty() ? "no communities" : String.join(", ", carried));
        return carried.containsAll(c.communities()) ? Answer.done(text) : Answer.pending(text);
    }
}
