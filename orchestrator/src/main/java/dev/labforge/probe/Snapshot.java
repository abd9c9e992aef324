package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One round's look at one target (the ToR, a node or a pod): the aspects its pending checks needed, each
 * seen or not. Every check of that target in the round is judged on this same look.
 */
public final class Snapshot {
    private static final Observed<?> NOT_ASKED = Observed.failed("not observed this round");

    private final Side side;
    private final String target;
    private final Observed<List<BgpPeerState>> bgp;
    private final Observed<List<RouteEntry>> routes;
    private final Map<String, Observed<BgpPrefixPaths>> prefixes;
    private final Observed<List<InterfaceState>> interfaces;
    private Map<String, List<RouteEntry>> byPrefix;

    /** A null aspect was not asked for this round; {@code prefixes} has the BGP paths of the prefixes asked for. */
    @SuppressWarnings("unchecked")
    public Snapshot(Side side, String target, Observed<List<BgpPeerState>> bgp, Observed<List<RouteEntry>> routes,
            Map<String, Observed<BgpPrefixPaths>> prefixes, Observed<List<InterfaceState>> interfaces) {
        this.side = side;
        this.target = target;
        this.bgp = bgp != null ? bgp : (Observed<List<BgpPeerState>>) NOT_ASKED;
        this.routes = routes != null ? routes : (Observed<List<RouteEntry>>) NOT_ASKED;
        this.prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
        this.interfaces = interfaces != null ? interfaces : (Observed<List<InterfaceState>>) NOT_ASKED;
    }

    public Snapshot(Side side, String target, Observed<List<BgpPeerState>> bgp, Observed<List<RouteEntry>> routes,
            Map<String, Observed<BgpPrefixPaths>> prefixes) {
        this(side, target, bgp, routes, prefixes, null);
    }

    public Snapshot(Side side, String target, Observed<List<BgpPeerState>> bgp, Observed<List<RouteEntry>> routes) {
        this(side, target, bgp, routes, Map.of());
    }

    public Side side() {
        return side;
    }

    public String target() {
        return target;
    }

    public Observed<List<BgpPeerState>> bgp() {
        return bgp;
    }

    public Observed<List<RouteEntry>> routes() {
        return routes;
    }

    /** The BGP paths of {@code prefix}, when it was asked for this round. */
    @SuppressWarnings("unchecked")
    public Observed<BgpPrefixPaths> prefix(String prefix) {
        return prefixes.getOrDefault(prefix, (Observed<BgpPrefixPaths>) NOT_ASKED);
    }

    /** The interfaces, when they were asked for this round. */
    public Observed<List<InterfaceState>> interfaces() {
        return interfaces;
    }

    /** The routes for exactly {@code prefix} (only when routes were seen); the table is indexed once per snapshot. */
    public synchronized List<RouteEntry> routesFor(String prefix) {
        if (byPrefix == null) {
            byPrefix = new HashMap<>();
            for (RouteEntry r : routes.value()) {
                byPrefix.computeIfAbsent(r.prefix(), k -> new ArrayList<>()).add(r);
            }
        }
        return byPrefix.getOrDefault(prefix, List.of());
    }
}
