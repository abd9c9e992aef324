package dev.labforge.check;

import java.util.Locale;

/** Where a check looks: the top-of-rack router or a Kubernetes node. */
public enum Side {
    TOR, NODE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The side with this id (tor | node), or null. */
    public static Side fromId(String id) {
        for (Side s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
