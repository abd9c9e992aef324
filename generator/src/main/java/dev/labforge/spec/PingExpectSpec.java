package dev.labforge.spec;

/**
 * A ping check. Endpoints are a router name ({@code ceos01}), a node name, or a pod written
 * {@code <workload>@<node>}. {@code ttl} is the expected reply TTL; {@code reachable} defaults to true.
 */
public record PingExpectSpec(String from, String to, Integer ttl, Boolean reachable) {
}
