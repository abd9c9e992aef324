package dev.labforge.runtime.netns.config;

/**
 * A BGPPeer resource.
 *
 * @param nodeSelector selector of the local nodes that get this peering; null when not set
 * @param node         the single local node that gets this peering; null when not set
 */
public record PeerDef(String name, String peerIP, long asNumber, String nodeSelector, String node) {

    /** Neither node nor nodeSelector: every node peers ({@code Global_<ip>} in BIRD). */
    public boolean global() {
        return (nodeSelector == null || nodeSelector.isBlank()) && (node == null || node.isBlank());
    }
}
