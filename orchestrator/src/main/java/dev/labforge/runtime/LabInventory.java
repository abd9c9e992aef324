package dev.labforge.runtime;

import java.util.List;

/**
 * What a runtime sees of a lab. {@code containers} are namespaces (netns) or container names (clab).
 */
public record LabInventory(String lab, String runtime, boolean running, List<Member> members) {

    /**
     * One router, node or pod. {@code kind}: router | node | pod. {@code addresses} as CIDRs.
     * {@code container} is the namespace or container name. {@code detail} is free text (e.g. block).
     */
    public record Member(String name, String kind, String container, String state, List<String> addresses, String detail) {
    }
}
