package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** One round over a {@link FakeTarget}: every snapshot reads both aspects. */
final class FakeRound implements Round {
    private final FakeTarget target;
    private final LabFacts facts;

    FakeRound(FakeTarget target, LabFacts facts) {
        this.target = target;
        this.facts = facts;
    }

    FakeRound(FakeTarget target) {
        this(target, new LabFacts("ceos01", List.of(), List.of()));
    }

    /** Prefix details of these prefixes are read too. */
    final java.util.Set<String> prefixes = new java.util.LinkedHashSet<>();

    @Override
    public Snapshot snapshot(Side side, String on) {
        return target.snapshot(side, on, EnumSet.allOf(Aspect.class), prefixes);
    }

    @Override
    public LabProbeTarget target() {
        return target;
    }

    @Override
    public LabFacts facts() {
        return facts;
    }

    @Override
    public Optional<String> down(Daemon daemon) {
        return target.daemonDown(daemon.side(), daemon.on());
    }
}
