package dev.labforge.spec;

/**
 * An explicit BGPPeer. {@code peerIP} defaults to the gateway of the VLAN the selected nodes are on,
 * {@code asNumber} to the ToR's AS, {@code nodeSelector} to {@code all()}.
 */
public record PeerSpec(String name, String peerIP, Long asNumber, String nodeSelector) {
}
