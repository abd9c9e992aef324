package dev.labforge.probe;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.LinkCheck;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.wait.Answer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One look at a running lab for `lab status`, without waiting: per member (the ToR, then each node) whether its
 * daemons run, each link's state and each BGP session's state, judged by the evaluators of the plan's link and
 * bgp checks on a single snapshot per member (taken side by side).
 */
public final class LabHealth {
    /** One line: {@code what} of {@code member} is in {@code state}; {@code ok} false when that is down or wrong. */
    public record Row(String member, String what, String state, boolean ok) {
    }

    private LabHealth() {
    }

    public static List<Row> look(LabProbeTarget target, RenderedPlan plan, int threads) {
        Map<Daemon, List<Check>> byMember = new LinkedHashMap<>();
        plan.tor().ifPresent(t -> byMember.put(Daemon.tor(t.name()), new ArrayList<>()));
        for (Check c : plan.checks()) {
            if (c instanceof LinkCheck l) {
                byMember.computeIfAbsent(new Daemon(l.side(), l.on()), k -> new ArrayList<>()).add(c);
            } else if (c instanceof BgpSessionCheck b) {
                byMember.computeIfAbsent(new Daemon(b.side(), b.on()), k -> new ArrayList<>()).add(c);
            }
        }
        List<Daemon> members = List.copyOf(byMember.keySet());
        List<Snapshot> snapshots;
        List<Map<String, Optional<String>>> daemons;
        try (SideBySide sideBySide = new SideBySide(threads)) {
            snapshots = sideBySide.map(members, m -> target.snapshot(m.side(), m.on(), aspects(byMember.get(m)), Set.of()));
            daemons = sideBySide.map(members, m -> target.daemons(m.side(), m.on()));
        }
        OneLook round = new OneLook(target, LabFacts.of(plan));
        for (int i = 0; i < members.size(); i++) {
            round.snapshots.put(members.get(i), snapshots.get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String on = members.get(i).on();
            daemons.get(i).forEach((name, down) -> rows.add(new Row(on, name, down.orElse("running"), down.isEmpty())));
            for (Check c : byMember.get(members.get(i))) {
                rows.add(row(on, c, CheckEvaluators.of(c).evaluate(c, round)));
            }
        }
        return List.copyOf(rows);
    }

    private static Set<Aspect> aspects(List<Check> checks) {
        Set<Aspect> out = EnumSet.noneOf(Aspect.class);
        for (Check c : checks) {
            out.add(c instanceof LinkCheck ? Aspect.INTERFACES : Aspect.BGP);
        }
        return out;
    }

    /** The check's name without its target ({@code link Ethernet2 (to k01-worker)}), and what was seen. */
    private static Row row(String on, Check c, Answer<String> answer) {
        String what = c.name().replaceFirst(java.util.regex.Pattern.quote(" " + on + " "), " ");
        if (answer instanceof Answer.Done<String> done) {
            return new Row(on, what, done.value(), true);
        }
        String state = answer instanceof Answer.Failed<String> failed ? failed.why() : ((Answer.Pending<String>) answer).seen();
        return new Row(on, what, state + " (expected " + c.expected() + ")", false);
    }

    /** The one round: the snapshots just taken; nothing is dead that a snapshot did not show. */
    private static final class OneLook extends SnapshotRound {
        OneLook(LabProbeTarget target, LabFacts facts) {
            super(target, facts);
        }

        @Override
        public Optional<String> down(Daemon daemon) {
            return Optional.empty();
        }
    }
}
