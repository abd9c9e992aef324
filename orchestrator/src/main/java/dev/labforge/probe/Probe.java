package dev.labforge.probe;

/**
 * One check against a running lab. {@link #check} looks once and says Passed, Pending or Failed;
 * the {@link Poller} decides how often and how long. It may throw {@link ObservationException}
 * when the observation itself failed; the poller treats that as Pending.
 */
public interface Probe {

    /** Stable, readable name, e.g. {@code bgp ceos01 <- 10.10.10.11 (k01-worker)}. */
    String name();

    /** What must be seen, e.g. {@code Established, 2 prefixes received}. */
    String expected();

    ProbeResult check(LabProbeTarget target);
}
