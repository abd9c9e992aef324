package dev.labforge.spec;

/**
 * A static route of the ToR ({@code tor.routes}) or of nodes ({@code cluster.routes},
 * {@code cluster.nodes[i].routes}): {@code prefix} via {@code via}, both of one address family. A
 * node route's {@code via} defaults to the node's VLAN gateway of that family.
 */
public record RouteSpec(String prefix, String via) {
}
