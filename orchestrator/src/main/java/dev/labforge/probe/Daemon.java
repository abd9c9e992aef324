package dev.labforge.probe;

import dev.labforge.check.Side;

/** The BGP daemon of the ToR (its bgpd) or of a node (its BIRD / calico-node), named by where it runs. */
public record Daemon(Side side, String on) {

    public static Daemon tor(String name) {
        return new Daemon(Side.TOR, name);
    }

    public static Daemon node(String name) {
        return new Daemon(Side.NODE, name);
    }
}
