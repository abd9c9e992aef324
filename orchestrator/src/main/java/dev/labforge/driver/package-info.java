/**
 * ToR platform drivers: everything the orchestrator knows about one ToR platform, one class each, found
 * by the platform id of the rendered plan ({@link dev.labforge.driver.TorDrivers}; the generator side is
 * {@code dev.labforge.platform}). A driver ({@link dev.labforge.driver.TorDriver}) carries the show
 * commands and their parsers inside the real container ({@link dev.labforge.driver.TorShow}: BGP summary,
 * routes, BGP prefix detail with communities, ping), the clab tor-config proof
 * ({@link dev.labforge.driver.RunningConfigCheck}) and boot-log marks, the preflight hint for a missing
 * image, and the netns emulation ({@link dev.labforge.driver.NetnsEmulation}: what the router namespace
 * gets, its show commands there, what {@code lab exec <tor>} maps to). {@link dev.labforge.driver.RenderedTor}
 * reads the ToR of a rendered folder: its platform from plan.yaml, its node from the topology.
 *
 * <p>A new platform is one driver class and one line in {@code TorDrivers}; FRR-based platforms reuse
 * {@code FrrEmulation}, kernel-only ones {@code KernelShow}/{@code KernelEmulation}. Nothing here runs a process.
 */
package dev.labforge.driver;
