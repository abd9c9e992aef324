/**
 * Pure translation of the rendered lab into what the netns runtime runs: {@link
 * dev.labforge.runtime.netns.config.CalicoResources} reads the rendered Calico resources,
 * {@link dev.labforge.runtime.netns.config.CalicoBirdConfig} writes each node's BIRD 1.6 config the way calico-node's confd
 * would, {@link dev.labforge.runtime.netns.config.EosToFrr} turns a cEOS startup-config (read by {@code EosConfigParser})
 * into an FRR setup with EOS behaviour, printed by the generator's one frr.conf template,
 * {@link dev.labforge.runtime.netns.config.FrrToRSetup} takes an FRR ToR's config and exec lines as they are, and
 * {@link dev.labforge.runtime.netns.config.ExecLineRouter} reads a Linux ToR's exec lines (bridges, SVIs, routes).
 * Which of them a ToR gets is its platform driver's choice ({@code dev.labforge.driver}).
 * Nothing here starts a process; anything the emulation cannot reproduce fails with a
 * {@link dev.labforge.runtime.netns.config.NetnsConfigException} that names the file or line.
 */
package dev.labforge.runtime.netns.config;
