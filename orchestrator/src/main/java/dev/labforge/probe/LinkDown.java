package dev.labforge.probe;

/**
 * A node's link to the ToR seen down (either end), with the sentence every check over it fails with, e.g.
 * {@code ceos01 Ethernet2 (to k01-worker) is DOWN (administratively down)}.
 */
public record LinkDown(String node, String cause) {
}
