package dev.labforge.probe;

import java.util.List;
import java.util.Objects;

/**
 * A route on the ToR or on a node. {@link Kind#VIA}: the prefix with next hops all among {@code via}
 * (one address: exactly that gateway; several: any of them, e.g. the LoadBalancer CIDR via one of the
 * peering nodes); {@link Kind#CONNECTED}: a connected subnet; {@link Kind#BLACKHOLE}: a blackhole
 * (a node's own IPAM block). Missing or different is Pending: routes converge.
 *
 * @param where the ToR name or a node name (as shown in the check name)
 * @param tor   true to read the ToR's table, false for the node {@code where}
 */
public record RouteProbe(String where, boolean tor, String prefix, Kind kind, List<String> via) implements Probe {

    public enum Kind { VIA, CONNECTED, BLACKHOLE }

    public RouteProbe {
        Objects.requireNonNull(kind, "kind");
        via = via == null ? List.of() : List.copyOf(via);
        if (kind == Kind.VIA && via.isEmpty()) {
            throw new IllegalArgumentException("a VIA route check needs at least one next hop: " + prefix);
        }
    }

    public static RouteProbe onTor(String tor, String prefix, Kind kind, List<String> via) {
        return new RouteProbe(tor, true, prefix, kind, via);
    }

    public static RouteProbe onNode(String node, String prefix, Kind kind, List<String> via) {
        return new RouteProbe(node, false, prefix, kind, via);
    }

    @Override
    public String name() {
        return "route " + where + " " + expected();
    }

    @Override
    public String expected() {
        return switch (kind) {
            case VIA -> prefix + " via " + (via.size() == 1 ? via.get(0) : "one of " + String.join(", ", via));
            case CONNECTED -> prefix + " connected";
            case BLACKHOLE -> prefix + " blackhole";
        };
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        List<RouteEntry> table = tor ? target.torRoutes() : target.nodeRoutes(where);
        List<RouteEntry> matching = table.stream().filter(r -> r.prefix().equals(prefix)).toList();
        if (matching.isEmpty()) {
            return ProbeResult.pending(prefix + ": no route (" + table.size() + " routes in the table)");
        }
        for (RouteEntry r : matching) {
            if (matches(r)) {
                return ProbeResult.passed(ProbeText.route(r));
            }
        }
        return ProbeResult.pending(ProbeText.routes(matching));
    }

    private boolean matches(RouteEntry r) {
        return switch (kind) {
            case VIA -> "unicast".equals(r.type()) && !r.nextHops().isEmpty() && via.containsAll(r.nextHops());
            case CONNECTED -> "unicast".equals(r.type()) && r.nextHops().isEmpty()
                    && ("connected".equals(r.protocol()) || "kernel".equals(r.protocol()));
            case BLACKHOLE -> "blackhole".equals(r.type());
        };
    }
}
