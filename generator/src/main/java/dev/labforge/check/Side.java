package dev.labforge.check;

import java.util.Locale;

/** Where a check looks: the top-of-rack router, a Kubernetes node, or a pod ({@code <workload>@<node>}). */
public enum Side {
    TOR, NODE, POD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The side with this id (tor | node | pod), or null. */
    public static Side fromId(String id) {
        for (Side s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
