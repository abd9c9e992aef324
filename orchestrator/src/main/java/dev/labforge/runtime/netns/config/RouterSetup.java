package dev.labforge.runtime.netns.config;

import java.util.List;

/**
 * The ToR as the netns runtime must build it: VLAN bridges with SVIs and ports, static routes, and the
 * frr.conf that FRR's zebra and bgpd start from.
 *
 * @param frrConf  the FRR configuration; null for a router that runs no routing daemon (kernel routing only)
 * @param routes   static routes of the router namespace, added after the bridges are up
 * @param warnings things of the source config that the emulation ignores on purpose (management, users ...)
 * @param loopbacks addresses with their lengths put on the namespace's {@code lo} (IPv4 and IPv6)
 */
public record RouterSetup(List<VlanSetup> vlans, String frrConf, List<RouteSetup> routes, List<String> warnings,
        List<String> loopbacks) {
    public RouterSetup {
        vlans = List.copyOf(vlans);
        routes = routes == null ? List.of() : List.copyOf(routes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        loopbacks = loopbacks == null ? List.of() : List.copyOf(loopbacks);
    }

    /** Without loopback addresses. */
    public RouterSetup(List<VlanSetup> vlans, String frrConf, List<RouteSetup> routes, List<String> warnings) {
        this(vlans, frrConf, routes, warnings, List.of());
    }

    /** Whether anything of it is IPv6 (the namespace then forwards IPv6 too). */
    public boolean hasIpv6() {
        return vlans.stream().anyMatch(v -> v.svi6Cidr() != null) || loopbacks.stream().anyMatch(l -> l.indexOf(':') >= 0)
                || routes.stream().anyMatch(r -> r.prefix().indexOf(':') >= 0);
    }

    /** A router with FRR and no static routes. */
    public RouterSetup(List<VlanSetup> vlans, String frrConf, List<String> warnings) {
        this(vlans, frrConf, List.of(), warnings);
    }

    /** Whether zebra and bgpd run in the router namespace. */
    public boolean runsFrr() {
        return frrConf != null;
    }

    /**
     * A static route: {@code prefix} via the gateway {@code via}.
     *
     * @param dev the outgoing interface, or null to let the kernel find it
     */
    public record RouteSetup(String prefix, String via, String dev) {
    }
}
