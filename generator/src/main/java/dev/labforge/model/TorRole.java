package dev.labforge.model;

public enum TorRole {
    /** iBGP: the ToR shares the cluster AS and reflects routes between nodes. */
    ROUTE_REFLECTOR("route-reflector"),
    /** A plain BGP peer (eBGP when the ASes differ). */
    PEER("peer"),
    /** No BGP role: the ToR's platform runs no BGP (never written in lab.yaml). */
    NONE("none");

    private final String id;

    TorRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static TorRole fromId(String id) {
        for (TorRole r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }
}
