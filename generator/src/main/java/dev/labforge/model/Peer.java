package dev.labforge.model;

import java.util.List;

/** A Calico BGPPeer and the nodes its selector matches (in node order). */
public record Peer(String name, String peerIP, long asNumber, String nodeSelector, List<String> nodes) {
}
