package dev.labforge.cli;

import java.util.Arrays;
import java.util.List;

/** The labs `lab new` writes from scratch: one lab.yaml each under resources dev/labforge/cli/archetype/. */
enum Archetype {
    TOR("tor", "one VLAN, a cEOS route reflector, a control plane and two workers, one DaemonSet"),
    NO_TOR("no-tor", "a kind cluster alone on kind's network (no ToR), the node-to-node mesh, a VXLANCrossSubnet pool, "
            + "one DaemonSet");

    private final String id;
    private final String summary;

    Archetype(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    String id() {
        return id;
    }

    String summary() {
        return summary;
    }

    String resource() {
        return "/dev/labforge/cli/archetype/" + id + ".yaml";
    }

    /** The archetype with this id, or null. */
    static Archetype byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst().orElse(null);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Archetype::id).toList();
    }
}
