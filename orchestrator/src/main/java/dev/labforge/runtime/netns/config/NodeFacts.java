package dev.labforge.runtime.netns.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What calico-node's confd knows about one node: its name, BGP address (the autodetected eth1
 * address), Kubernetes labels (for BGPPeer node selectors) and the IPAM blocks affine to it.
 *
 * @param blocks affine IPAM blocks as CIDRs, e.g. 192.168.42.192/26
 */
public record NodeFacts(String name, String ip, Map<String, String> labels, List<String> blocks) {
    public NodeFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ip, "ip");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
