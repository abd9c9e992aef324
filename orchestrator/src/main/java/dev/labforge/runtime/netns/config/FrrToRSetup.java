package dev.labforge.runtime.netns.config;

import java.util.List;

/** For an FRR ToR: the rendered frr.conf as-is, and VLAN bridges from the node's topology exec lines. */
public final class FrrToRSetup {
    private FrrToRSetup() {
    }

    public static RouterSetup fromFrr(String frrConf, List<String> execLines) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
