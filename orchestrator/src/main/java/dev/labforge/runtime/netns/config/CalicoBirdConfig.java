package dev.labforge.runtime.netns.config;

import java.util.List;

/** Renders bird.conf for one node the way calico-node's confd would (REFERENCE.md section 4). */
public final class CalicoBirdConfig {
    private CalicoBirdConfig() {
    }

    /** bird.conf for BIRD 1.6 as calico-node's confd would render it for this node. */
    public static String render(CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
