/**
 * Checks against a running lab: `lab verify` runs exactly the checks of the rendered plan
 * (labforge/plan.yaml, {@code dev.labforge.check}) with the {@link dev.labforge.probe.ProbeEngine}.
 *
 * <ul>
 *   <li>One {@link dev.labforge.probe.CheckEvaluator} per check type ({@link dev.labforge.probe.CheckEvaluators},
 *       one line each): what the check reads, which daemons it needs, and how one look is judged
 *       (Done / Pending / Failed, {@code dev.labforge.wait.Answer}).</li>
 *   <li>A runtime implements {@link dev.labforge.probe.LabProbeTarget} with its own commands and the pure parsers
 *       in {@link dev.labforge.probe.parse}: netns runs {@code vtysh -N <ns> -c 'show bgp summary json'},
 *       {@code birdc -s <sock> show protocols all}, {@code ip -n <ns> -j route show}, {@code ping} inside a
 *       namespace; clab the ToR's CLI through {@code docker exec} and one CalicoNodeStatus per node. A failed
 *       command or unparsable output is an {@link dev.labforge.probe.ObservationException}: Pending.
 *       {@link dev.labforge.probe.LabProbeTarget#daemonDown} tells, without a process, which daemon is dead.</li>
 *   <li>Each round takes one {@link dev.labforge.probe.Snapshot} per target that a pending check reads, side
 *       by side, and judges all those checks on it; pings act once the snapshot checks have settled.</li>
 * </ul>
 */
package dev.labforge.probe;
