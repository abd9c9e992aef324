package dev.labforge.spec;

import java.util.List;

/**
 * How Calico nodes peer with the ToR. Written either as the word {@code per-vlan} ({@code mode} set,
 * {@code explicit} null) or as a list of peers ({@code mode} null).
 */
public record PeersSpec(String mode, List<PeerSpec> explicit) {
}
