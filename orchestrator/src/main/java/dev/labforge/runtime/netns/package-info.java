/**
 * The embedded runtime ({@code --runtime netns}): a lab built from Linux network namespaces on this
 * machine, the ToR as its platform driver's emulation builds it (real FRR for ceos and frr, kernel routing
 * only for linux) and one BIRD 1.6 per Kubernetes node, configured from the rendered files (never from the spec).
 *
 * <p>Flow: {@link dev.labforge.runtime.netns.RenderedLabReader} reads the rendered folder into an
 * {@link dev.labforge.runtime.netns.EmulationPlan}; {@link dev.labforge.runtime.netns.NetnsFabric} turns it
 * into {@code ip -batch} lines (pure); {@link dev.labforge.runtime.netns.NetnsDeploy} runs them and the
 * daemons ({@link dev.labforge.runtime.netns.RouterDaemons}) through the {@link dev.labforge.exec.CommandRunner}; {@link dev.labforge.runtime.netns.NetnsDestroyer}
 * removes a lab with or without saved state.
 *
 * <p>Names (lab {@code L}; see {@link dev.labforge.runtime.netns.NetnsNames}):
 * <ul>
 *   <li>ToR and node namespaces {@code clab-L-<node>} (containerlab's container names);
 *       pod namespaces {@code clab-L-pod-<workload>-<node>};</li>
 *   <li>ToR ports {@code eth<N>} as the topology's links say, VLAN bridges {@code br<id>} carrying the SVI;
 *       node side {@code eth1}; each node has a dead-end pair {@code eth0}/{@code eth0-peer} (both ends in the
 *       node namespace) carrying its default route, as kind's eth0 would;</li>
 *   <li>pods: {@code eth0} with the /32 and routes via 169.254.1.1 in the pod, {@code cali} + 11 hex chars of
 *       SHA-1("L/&lt;pod&gt;") on the node with proxy ARP and a /32 route;</li>
 *   <li>every namespace carries altname {@code lf.L} on {@code lo}: proof of ownership for destroy;</li>
 *   <li>files: {@code /run/labforge/L/} (state, {@code <tor>.frr.conf}, {@code <node>.bird.conf}, BIRD
 *       {@code <node>.ctl} sockets and {@code <node>.pid}); FRR's own {@code /var/run/frr/<ns>/} (owned by frr)
 *       and {@code /etc/frr/<ns>/vtysh.conf}.</li>
 * </ul>
 */
package dev.labforge.runtime.netns;
