package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an evaluator sees in one round: the snapshots taken for it, the lab, and which daemons are dead. */
public interface Round {

    /** This round's look at the ToR or a node (only aspects some check {@link CheckEvaluator#reads reads}). */
    Snapshot snapshot(Side side, String on);

    /** The running lab, for checks that act (pings). */
    LabProbeTarget target();

    LabFacts facts();

    /**
     * How long a check that acts (a ping) may take in this round: what is left of the budget, but never
     * less than a short look, so a check acting at the deadline still sees a reply that comes at once.
     */
    default java.time.Duration actFor() {
        return java.time.Duration.ofSeconds(10);
    }

    /** Why this daemon cannot answer, when it is dead. */
    Optional<String> down(Daemon daemon);

    /** The cause when every daemon of one of these needs is dead (each set needs one living member). */
    default Optional<String> deadAmong(List<Set<Daemon>> needs) {
        for (Set<Daemon> anyOf : needs) {
            List<String> dead = anyOf.stream().map(this::down).flatMap(Optional::stream).toList();
            if (!dead.isEmpty() && dead.size() == anyOf.size()) {
                return Optional.of(dead.get(0));
            }
        }
        return Optional.empty();
    }
}
