package dev.labforge.probe;

import dev.labforge.check.Check;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import dev.labforge.wait.Outcome;
import dev.labforge.wait.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a lab's checks, in rounds, until each has passed or failed or the budget is spent.
 *
 * <p>Each round first asks which daemons are dead (no process: cheap) and fails at once every check that
 * needs one of them, with that cause; likewise every check over a node's link to the ToR once a link check
 * has seen that link down (link checks come first, so this holds from the first round). It then takes one {@link Snapshot} per target that a pending check
 * reads (the ToR's BGP sessions and routes, each node's sessions and routes), side by side, and judges
 * every pending snapshot check on them. Checks that act (pings) run, side by side, once no snapshot
 * check is still waiting, so they do not fail while routes converge; absences (no session, no route)
 * pass only then too. On timeout each pending check reports what it saw last and for how long, and
 * checks that never acted get one look. Outcomes come back in the checks' order; each also goes to the
 * listener as it ends.
 */
public final class ProbeEngine {
    /** A check that acts at the deadline still gets this long: a ping that is answered is answered in milliseconds. */
    static final Duration LAST_ACT = Duration.ofMillis(900);
    private final LabProbeTarget target;
    private final LabFacts facts;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final SideBySide sideBySide;
    /** The nodes whose links were seen down in this run, with the cause (the first end seen down). */
    private final Map<String, String> downLinks = new ConcurrentHashMap<>();

    public ProbeEngine(LabProbeTarget target, LabFacts facts, Clock clock, Sleeper sleeper, Duration interval, int threads) {
        this.target = target;
        this.facts = facts;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
        this.sideBySide = new SideBySide(threads);
    }

    /** One check being followed through the rounds. */
    private static final class Tracked<C extends Check> {
        final C check;
        final CheckEvaluator<C> evaluator;
        final Optional<Reads> reads;
        final List<Set<Daemon>> needs;
        final List<Set<String>> links;
        String last;
        /** Whether {@link #last} is something seen, not a failure to look. */
        boolean lastObserved;
        Instant lastSince;
        boolean acted;
        /** An absence that looked fine this round (it passes once the lab has settled). */
        boolean provisional;
        CheckOutcome outcome;

        Tracked(C check, LabFacts facts) {
            this.check = check;
            this.evaluator = CheckEvaluators.of(check);
            this.reads = evaluator.reads(check);
            this.needs = evaluator.dependsOn(check, facts);
            this.links = evaluator.overLinks(check, facts);
        }

        Optional<LinkDown> linkDown(Answer<String> answer) {
            return evaluator.linkDown(check, answer);
        }

        boolean acts() {
            return reads.isEmpty();
        }

        Answer<String> evaluate(Round round) {
            return evaluator.evaluate(check, round);
        }

        boolean absence() {
            return evaluator.absence(check);
        }
    }

    public List<CheckOutcome> run(List<? extends Check> checks, Duration budget, Consumer<CheckOutcome> listener) {
        downLinks.clear();
        Deadline deadline = Deadline.after(budget, clock);
        Instant start = clock.instant();
        List<Tracked<?>> all = new ArrayList<>();
        for (Check c : checks) {
            all.add(new Tracked<>(c, facts));
        }
        try {
            Outcome<Boolean> rounds = new Await(sleeper, interval).until("the checks", deadline,
                    () -> round(all, start, listener, deadline));
            if (rounds instanceof Outcome.TimedOut<Boolean>) {
                lastLooks(all, start, listener, deadline);
                for (Tracked<?> t : all) {
                    if (t.outcome == null) {
                        end(t, t.provisional ? Verdict.PASSED : Verdict.FAILED, t.provisional ? t.last
                                : t.last + " for " + Durations.text(Duration.between(t.lastSince, clock.instant()))
                                + ", expected " + t.check.expected(), start, listener);
                    }
                }
            }
        } finally {
            sideBySide.close();
        }
        return all.stream().map(t -> t.outcome).toList();
    }

    /** One round; Done when no check is left. */
    private Answer<Boolean> round(List<Tracked<?>> all, Instant start, Consumer<CheckOutcome> listener, Deadline deadline) {
        RoundView view = new RoundView(deadline);
        for (Tracked<?> t : pending(all)) {
            view.deadAmong(t.needs).ifPresent(cause -> end(t, Verdict.FAILED, cause, start, listener));
        }
        overDownLinks(pending(all), start, listener);
        List<Tracked<?>> looking = pending(all).stream().filter(t -> !t.acts()).toList();
        view.snapshots.putAll(snapshots(looking));
        for (Tracked<?> t : looking) {
            // Links are judged first (they come first): what goes over one seen down now fails with its cause.
            if (!overDownLinks(List.of(t), start, listener)) {
                judge(t, t.evaluate(view), start, listener);
            }
        }
        overDownLinks(pending(all), start, listener);
        boolean settled = pending(all).stream().noneMatch(t -> !t.acts() && !t.provisional);
        if (settled) {
            for (Tracked<?> t : pending(all)) {
                if (t.provisional) {
                    end(t, Verdict.PASSED, t.last, start, listener);
                }
            }
            act(pending(all), view, start, listener);
        }
        long left = pending(all).size();
        return left == 0 ? Answer.done(true) : Answer.pending(left + " checks pending");
    }

    /** After the deadline: every check that acts and never did gets one look. */
    private void lastLooks(List<Tracked<?>> all, Instant start, Consumer<CheckOutcome> listener, Deadline deadline) {
        List<Tracked<?>> never = pending(all).stream().filter(t -> t.acts() && !t.acted).toList();
        act(never, new RoundView(deadline), start, listener);
    }

    private void act(List<Tracked<?>> checks, RoundView view, Instant start, Consumer<CheckOutcome> listener) {
        List<Tracked<?>> acting = checks.stream().filter(Tracked::acts).toList();
        List<Answer<String>> answers = sideBySide.map(acting, t -> t.evaluate(view));
        for (int i = 0; i < acting.size(); i++) {
            acting.get(i).acted = true;
            judge(acting.get(i), answers.get(i), start, listener);
        }
    }

    /** Fails each of these checks that goes over a link seen down (every alternative of a set down); true if any did. */
    private boolean overDownLinks(List<Tracked<?>> checks, Instant start, Consumer<CheckOutcome> listener) {
        boolean any = false;
        for (Tracked<?> t : checks) {
            for (Set<String> anyOf : t.links) {
                List<String> causes = anyOf.stream().map(downLinks::get).filter(java.util.Objects::nonNull).toList();
                if (t.outcome == null && !causes.isEmpty() && causes.size() == anyOf.size()) {
                    judge(t, Answer.failed(causes.get(0)), start, listener);
                    any = true;
                }
            }
        }
        return any;
    }

    private void judge(Tracked<?> t, Answer<String> answer, Instant start, Consumer<CheckOutcome> listener) {
        t.linkDown(answer).ifPresent(down -> downLinks.putIfAbsent(down.node(), down.cause()));
        t.provisional = false;
        if (answer instanceof Answer.Done<String> done) {
            if (t.absence()) {
                t.provisional = true;
                seen(t, done.value(), true);
            } else {
                end(t, Verdict.PASSED, done.value(), start, listener);
            }
        } else if (answer instanceof Answer.Failed<String> failed) {
            end(t, Verdict.FAILED, failed.why(), start, listener);
        } else {
            Answer.Pending<String> pending = (Answer.Pending<String>) answer;
            seen(t, pending.seen(), pending.observed());
        }
    }

    private void seen(Tracked<?> t, String text, boolean observed) {
        // a try that could not observe (e.g. a ping cut off by the end of the budget) does not hide what an
        // earlier try really saw: "no reply from ..." says more than "timed out after 0.9 s"
        if (!observed && t.lastObserved) {
            return;
        }
        if (!text.equals(t.last)) {
            t.last = text;
            t.lastObserved = observed;
            t.lastSince = clock.instant();
        }
    }

    private void end(Tracked<?> t, Verdict verdict, String observed, Instant start, Consumer<CheckOutcome> listener) {
        t.outcome = new CheckOutcome(t.check.name(), t.check.type(), t.check.expected(), observed, verdict,
                Duration.between(start, clock.instant()));
        listener.accept(t.outcome);
    }

    /** One snapshot per target that a pending check reads, with just the aspects they read, side by side. */
    private Map<Daemon, Snapshot> snapshots(List<Tracked<?>> looking) {
        Map<Daemon, Set<Aspect>> wanted = new LinkedHashMap<>();
        Map<Daemon, Set<String>> prefixes = new LinkedHashMap<>();
        for (Tracked<?> t : looking) {
            Reads r = t.reads.orElseThrow();
            Daemon at = new Daemon(r.side(), r.on());
            wanted.computeIfAbsent(at, k -> EnumSet.noneOf(Aspect.class)).add(r.aspect());
            if (r.prefix() != null) {
                prefixes.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(r.prefix());
            }
        }
        List<Map.Entry<Daemon, Set<Aspect>>> jobs = List.copyOf(wanted.entrySet());
        List<Snapshot> taken = sideBySide.map(jobs, e -> target.snapshot(e.getKey().side(), e.getKey().on(), e.getValue(),
                prefixes.getOrDefault(e.getKey(), Set.of())));
        Map<Daemon, Snapshot> out = new ConcurrentHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            out.put(jobs.get(i).getKey(), taken.get(i));
        }
        return out;
    }

    private static List<Tracked<?>> pending(List<Tracked<?>> all) {
        return all.stream().filter(t -> t.outcome == null).toList();
    }

    /** A round as evaluators see it; dead daemons are asked once per round. */
    private final class RoundView extends SnapshotRound {
        private final Map<Daemon, Optional<String>> down = new ConcurrentHashMap<>();
        private final Deadline deadline;

        RoundView(Deadline deadline) {
            super(target, facts);
            this.deadline = deadline;
        }

        @Override
        public Duration actFor() {
            Duration left = deadline.remaining();
            return left.compareTo(LAST_ACT) < 0 ? LAST_ACT : left;
        }

        @Override
        public Optional<String> down(Daemon daemon) {
            return down.computeIfAbsent(daemon, d -> target.daemonDown(d.side(), d.on()));
        }
    }
}
