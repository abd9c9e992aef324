package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A round over snapshots already taken: a target that was not looked at shows nothing. */
abstract class SnapshotRound implements Round {
    final Map<Daemon, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final LabProbeTarget target;
    private final LabFacts facts;

    SnapshotRound(LabProbeTarget target, LabFacts facts) {
        this.target = target;
        this.facts = facts;
    }

    @Override
    public final Snapshot snapshot(Side side, String on) {
        Snapshot s = snapshots.get(new Daemon(side, on));
        return s != null ? s : new Snapshot(side, on, null, null);
    }

    @Override
    public final LabProbeTarget target() {
        return target;
    }

    @Override
    public final LabFacts facts() {
        return facts;
    }
}
