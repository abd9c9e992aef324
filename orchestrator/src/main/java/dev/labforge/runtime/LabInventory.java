package dev.labforge.runtime;

import dev.labforge.probe.LabHealth;
import java.util.List;

/**
 * What a runtime sees of a lab. {@code containers} are namespaces (netns) or container names (clab).
 */
public record LabInventory(String lab, String runtime, boolean running, List<Member> members, List<LabHealth.Row> health) {

    public LabInventory {
        members = members == null ? List.of() : List.copyOf(members);
        health = health == null ? List.of() : List.copyOf(health);
    }

    /** Without a look at its health (what a runtime's inspect sees). */
    public LabInventory(String lab, String runtime, boolean running, List<Member> members) {
        this(lab, runtime, running, members, List.of());
    }

    public LabInventory withHealth(List<LabHealth.Row> rows) {
        return new LabInventory(lab, runtime, running, members, rows);
    }

    /** Members that are not running (a partly deleted lab) and health rows that are not ok. */
    public boolean somethingDown() {
        return !absent() && (!running || health.stream().anyMatch(r -> !r.ok()));
    }

    /**
     * One router, node or pod. {@code kind}: router | node | pod. {@code addresses} as CIDRs.
     * {@code container} is the namespace or container name. {@code detail} is free text (e.g. block).
     */
    /**
     * True when nothing of the lab runs: no member is running (netns says "running", clab
     * "name: running"). A lab that is partly up is not absent: status/down still apply to it.
     */
    public boolean absent() {
        return !running && members.stream().map(Member::state)
                .noneMatch(s -> s != null && (s.equals("running") || s.endsWith(": running")));
    }

    public record Member(String name, String kind, String container, String state, List<String> addresses, String detail) {
    }
}
