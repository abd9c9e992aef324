package dev.labforge.validate;

import dev.labforge.spec.VlanSpec;

/** Where a value sits in lab.yaml, as the dotted path diagnostics name it (and source marks are keyed by). */
public final class SpecPaths {

    private SpecPaths() {
    }

    public static String vlanPath(VlanSpec v) {
        return "tor.vlans." + v.id();
    }

    public static String nodePath(int i) {
        return "cluster.nodes[" + i + "]";
    }

    public static String poolPath(int i) {
        return "calico.pools[" + i + "]";
    }

    public static String reservationPath(int i) {
        return "calico.reservations[" + i + "]";
    }

    public static String peerPath(int i) {
        return "calico.peers[" + i + "]";
    }
}
