/**
 * Checks against a running lab.
 *
 * <p>How a runtime uses this package:
 * <ol>
 *   <li>Implement {@link dev.labforge.probe.LabProbeTarget} with its own commands and the pure parsers in
 *       {@link dev.labforge.probe.parse}: netns runs {@code vtysh -N <ns> -c 'show bgp summary json'}
 *       ({@code FrrBgpSummaryParser}), {@code vtysh -N <ns> -c 'show ip route json'} ({@code FrrRouteParser}),
 *       {@code birdc -s <sock> show protocols all} ({@code BirdProtocolsParser}), {@code ip -n <ns> -j route show}
 *       ({@code IpRouteParser}), {@code ip netns exec <ns> ping -c N -W 1 <addr>} ({@code PingParser});
 *       clab uses {@code Cli -p 15 -c '... | json'} ({@code EosBgpSummaryParser}, {@code EosRouteParser})
 *       and CalicoNodeStatus ({@code CalicoNodeStatusParser}). A failed command or unparsable output is an
 *       {@link dev.labforge.probe.ObservationException}: the poller treats it as Pending.</li>
 *   <li>{@code Probes.forLab(lab)} gives the ordered checks; {@code Poller.real(target).awaitAll(probes,
 *       timeout, interval, listener)} runs them under one deadline and returns
 *       {@link dev.labforge.report.CheckOutcome}s for the report.</li>
 * </ol>
 */
package dev.labforge.probe;
