package dev.labforge.probe;

import java.util.List;

/**
 * One route. {@code type}: unicast | blackhole | unreachable | local ... ; {@code protocol}: bgp, bird,
 * kernel, connected, static, 80 (Felix) ...; {@code nextHops} gateway addresses (empty for
 * connected/blackhole); {@code device} the outgoing interface of the first next hop, or empty;
 * {@code onlink} whether the route carries the onlink flag (next hop taken as on the device's link).
 */
public record RouteEntry(String prefix, String type, String protocol, List<String> nextHops, String device, boolean onlink) {

    /** Not onlink (routers' tables, which do not show the flag). */
    public RouteEntry(String prefix, String type, String protocol, List<String> nextHops, String device) {
        this(prefix, type, protocol, nextHops, device, false);
    }
}
