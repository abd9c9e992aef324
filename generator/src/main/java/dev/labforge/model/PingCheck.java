package dev.labforge.model;

/**
 * Ping {@code to} from {@code from}. Endpoints: the ToR name, a node name, or a pod
 * {@code <workload>@<node>}. {@code ttl} null means any TTL. {@code derived} false for author entries.
 */
public record PingCheck(String from, String to, Integer ttl, boolean reachable, boolean derived) {
}
