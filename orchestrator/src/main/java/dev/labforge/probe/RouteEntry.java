package dev.labforge.probe;

import java.util.List;

/**
 * One route. {@code type}: unicast | blackhole | unreachable | local ... ; {@code protocol}: bgp, bird,
 * kernel, connected, static ...; {@code nextHops} gateway addresses (empty for connected/blackhole);
 * {@code device} the outgoing interface of the first next hop, or empty.
 */
public record RouteEntry(String prefix, String type, String protocol, List<String> nextHops, String device) {
}
