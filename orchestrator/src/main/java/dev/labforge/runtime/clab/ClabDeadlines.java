package dev.labforge.runtime.clab;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each phase may take. The defaults are generous for a laptop with images already pulled;
 * the overall `lab up --timeout` caps every phase on top of this.
 */
public record ClabDeadlines(Map<ClabPhase, Duration> perPhase) {

    public ClabDeadlines {
        for (ClabPhase p : ClabPhase.values()) {
            if (!perPhase.containsKey(p)) {
                throw new IllegalArgumentException("no deadline for phase " + p.id());
            }
        }
        perPhase = Map.copyOf(perPhase);
    }

    public static ClabDeadlines defaults() {
        Map<ClabPhase, Duration> m = new EnumMap<>(ClabPhase.class);
        m.put(ClabPhase.PREFLIGHT, Duration.ofSeconds(30));
        // containerlab waits for the cEOS CLI without a timeout of its own: this bounds it
        m.put(ClabPhase.CONTAINERLAB_DEPLOY, Duration.ofMinutes(10));
        m.put(ClabPhase.KUBECONFIG, Duration.ofMinutes(2));
        m.put(ClabPhase.CALICO_OPERATOR, Duration.ofMinutes(5));
        m.put(ClabPhase.CALICO_READY, Duration.ofMinutes(10));
        m.put(ClabPhase.LAB_RESOURCES, Duration.ofMinutes(2));
        m.put(ClabPhase.NODES_READY, Duration.ofMinutes(5));
        m.put(ClabPhase.WORKLOADS_READY, Duration.ofMinutes(5));
        m.put(ClabPhase.TOR_CONFIG, Duration.ofMinutes(2));
        return new ClabDeadlines(m);
    }

    /** All phases back to back: what `lab up --timeout` should allow for a clab deploy. */
    public Duration total() {
        return perPhase.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    public Duration of(ClabPhase phase) {
        return perPhase.get(phase);
    }

    public ClabDeadlines with(ClabPhase phase, Duration deadline) {
        Map<ClabPhase, Duration> m = new EnumMap<>(perPhase);
        m.put(phase, deadline);
        return new ClabDeadlines(m);
    }
}
