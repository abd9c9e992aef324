package dev.labforge.probe;

import dev.labforge.check.Check;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How `lab verify` judges one type of check (registered in {@link CheckEvaluators}, one line per type).
 * A snapshot check names what it {@link #reads} and is judged on that round's {@link Snapshot}; a check
 * that acts (a ping) reads nothing and acts in {@link #evaluate} itself.
 */
public interface CheckEvaluator<C extends Check> {

    Class<C> checkType();

    /** The aspect of a target this check reads each round; empty for a check that acts instead. */
    Optional<Reads> reads(C check);

    /**
     * The daemons this check needs: when every member of one set is dead the check fails at once with
     * that cause (a session with a dead BIRD, a route learned through it). Default: none.
     */
    default List<Set<Daemon>> dependsOn(C check, LabFacts facts) {
        return List.of();
    }

    /**
     * The nodes whose links to the ToR this check goes over: when one link of a set is down (and no other in
     * it is up: a set is alternatives, like next hops) the check fails at once with that link's cause. Default:
     * the nodes among the daemons it {@link #dependsOn} (a session, a route learned from a node, a community).
     */
    default List<Set<String>> overLinks(C check, LabFacts facts) {
        return dependsOn(check, facts).stream()
                .filter(anyOf -> anyOf.stream().allMatch(d -> d.side() == dev.labforge.check.Side.NODE))
                .map(anyOf -> anyOf.stream().map(Daemon::on).collect(java.util.stream.Collectors.toUnmodifiableSet()))
                .map(s -> (Set<String>) s).toList();
    }

    /** For a check that watches a link: the link shown down by this answer, which fails the checks over it. */
    default Optional<LinkDown> linkDown(C check, Answer<String> answer) {
        return Optional.empty();
    }

    /**
     * True for a check of absence (no session, no route inside a range): its pass counts only once no
     * other check is still waiting for something to appear, so a session that is about to come up is not
     * missed. Its failure counts at once.
     */
    default boolean absence(C check) {
        return false;
    }

    /** One look: Done(what was seen), Pending(what was seen instead) or Failed(why waiting cannot help). */
    Answer<String> evaluate(C check, Round round);
}
