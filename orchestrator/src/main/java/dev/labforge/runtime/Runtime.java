package dev.labforge.runtime;

import dev.labforge.exec.CommandResult;
import dev.labforge.probe.LabProbeTarget;
import java.time.Duration;
import java.util.List;

/**
 * Where a lab runs. Narrow on purpose: what `up`, `verify`, `status`, `exec` and `down` need.
 * Implementations: netns (embedded, real FRR/BIRD in namespaces) and clab (containerlab + kind + Calico).
 * A runtime consumes the rendered lab on disk, never the spec.
 */
public interface Runtime {

    /** "netns" or "clab". */
    String id();

    /** How long `lab up` may take on this runtime when the user gives no --timeout. */
    default Duration defaultTimeout() {
        return Duration.ofSeconds(120);
    }

    /** Prerequisite checks for this runtime (root, tools, images...), each with the command that fixes it. */
    List<PreflightCheck> preflight(RenderedLab lab);

    /**
     * Creates the lab from its rendered files. Bounded by {@code timeout}; reports sub-phases to
     * {@code progress}. On failure it throws {@link DeployException} and leaves cleanup to {@link #destroy}.
     */
    void deploy(RenderedLab lab, Duration timeout, Progress progress);

    /** Removes everything the lab created. Idempotent; works without saved state (by the lab name). */
    void destroy(LabRef lab, Progress progress);

    /** What exists now for this lab (nodes, pods, namespaces or containers, addresses). */
    LabInventory inspect(LabRef lab);

    /**
     * True when nothing of the lab runs ({@link LabInventory#absent}). Asked before verify and exec; a runtime
     * may answer without the addresses {@link #inspect} collects (one look per member of a 200-node lab).
     */
    default boolean absent(LabRef lab) {
        return inspect(lab).absent();
    }

    /**
     * Runs argv inside a lab target: the router name, a node name, or a pod {@code <workload>@<node>}.
     * Throws {@link UnknownTargetException} (listing valid targets) for other names.
     */
    CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout);

    /**
     * The same, {@code interactive}: on labforge's own stdin, stdout and stderr (a shell, vtysh or birdc
     * without a command, tcpdump), as `docker exec -it` would; nothing is captured. {@code timeout} may be
     * {@link dev.labforge.exec.Command#NO_LIMIT}. The default runs only non-interactive commands.
     */
    default CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout, boolean interactive) {
        if (interactive) {
            throw new ExecUsageException("the " + id() + " runtime cannot run interactive commands");
        }
        return exec(lab, target, argv, timeout);
    }

    /** Access for probes to observe the running lab (BGP, routes, ping) through this runtime. */
    LabProbeTarget probeTarget(RenderedLab lab);

    /**
     * Text artifacts for a failure bundle: daemon logs, show outputs, runtime state, keyed by a
     * relative file name (e.g. {@code ceos01/show-bgp-summary.json}). Best effort; default none.
     */
    default java.util.Map<String, String> diagnostics(RenderedLab lab) {
        return java.util.Map.of();
    }
}
