package dev.labforge.guide.content;

import dev.labforge.check.RouteCheck;
import dev.labforge.model.Node;
import dev.labforge.model.StaticRoute;
import dev.labforge.net.Cidr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The path a packet takes between two ping endpoints, hop by hop, from the routes the lab is expected to
 * have (the plan's route checks, the nodes' connected VLAN and static routes): no capture involved.
 * Pods hand every packet to their node; the node and the ToR look the destination up.
 */
final class PathTracer {
    private static final int MAX_HOPS = 12;

    /**
     * One member on the path and, for a router, the route it used to forward; {@code outerVia} the router the
     * VXLAN packet it sends crosses on the way (null: not tunnelled, or straight across one subnet).
     */
    record Hop(String member, String route, String how, String outerVia) {
        Hop(String member, String route, String how) {
            this(member, route, how, null);
        }
    }

    /**
     * The path from one endpoint to another: every member in order, both ends included. {@code complete}
     * false when a member had no route to the destination (the path then ends there).
     */
    record Path(List<Hop> hops, boolean complete) {
        /** The members that forward the packet (and lower its TTL): everything between the two ends. */
        List<String> forwarders() {
            return hops.subList(1, Math.max(1, hops.size() - 1)).stream().map(Hop::member).toList();
        }

        /** The routers that carried the packet inside VXLAN (they lower the outer header's TTL, not the packet's). */
        List<String> underlay() {
            List<String> out = new ArrayList<>();
            hops.stream().map(Hop::outerVia).filter(java.util.Objects::nonNull).forEach(out::add);
            return out;
        }
    }

    private final GuideContext ctx;

    PathTracer(GuideContext ctx) {
        this.ctx = ctx;
    }

    Path trace(String from, String to) {
        String dst = ctx.addressOf(to);
        List<Hop> hops = new ArrayList<>();
        String at = from;
        var pod = ctx.pod(from);
        if (pod != null) {
            hops.add(new Hop(from, "default via 169.254.1.1", "every pod sends through its node"));
            at = pod.node();
        }
        for (int i = 0; i < MAX_HOPS; i++) {
            if (at.equals(to)) {
                hops.add(new Hop(to, null, null));
                return new Path(hops, true);
            }
            var toPod = ctx.pod(to);
            if (toPod != null && at.equals(toPod.node())) {
                hops.add(new Hop(at, dst + "/32 to the pod's cali veth", "the destination pod runs here"));
                hops.add(new Hop(to, null, null));
                return new Path(hops, true);
            }
            Optional<Hop> next = step(at, to, dst);
            if (next.isEmpty()) {
                hops.add(new Hop(at, null, "no route to " + dst));
                return new Path(hops, false);
            }
            hops.add(next.get());
            at = nextMember(next.get().how());
            if (at == null) {
                return new Path(hops, false);
            }
        }
        return new Path(hops, false);
    }

    /** How {@code at} forwards to {@code dst}; the Hop's {@code how} ends with " -> <next member>". */
    private Optional<Hop> step(String at, String to, String dst) {
        boolean router = at.equals(ctx.torName());
        if (!router && to.equals(ctx.torName()) && ctx.node(at) != null) {
            Node n = ctx.node(at);
            return Optional.of(new Hop(at, n.gateway() + " on eth1", "the ToR is this node's gateway" + arrow(ctx.torName())));
        }
        Optional<RouteCheck> route = ctx.routesOn(at).stream()
                .filter(r -> r.kind() == RouteCheck.Kind.VIA && Cidr.parse(r.prefix()).contains(dst))
                .max(Comparator.comparingInt(r -> Cidr.parse(r.prefix()).prefixLength()));
        if (route.isPresent() && route.get().dev().equals(GuideContext.VXLAN_DEVICE)) {
            return tunnel(at, route.get());
        }
        if (route.isPresent()) {
            String via = route.get().via().get(0);
            String next = owner(via);
            return next == null ? Optional.empty()
                    : Optional.of(new Hop(at, route.get().prefix() + " via " + via, learned(at, next) + arrow(next)));
        }
        if (router) {
            for (var v : ctx.torModel().vlans()) {
                if (Cidr.parse(v.subnet()).contains(dst) && owner(dst) != null) {
                    return Optional.of(new Hop(at, v.subnet() + " connected (VLAN " + v.id() + ")", "directly" + arrow(owner(dst))));
                }
            }
            return Optional.empty();
        }
        Node n = ctx.node(at);
        if (n == null) {
            return Optional.empty();
        }
        if (Cidr.of(n.ip(), n.prefixLength()).network().contains(dst) && owner(dst) != null) {
            return Optional.of(new Hop(at, "connected on " + ctx.nodeInterface(), "directly" + arrow(owner(dst))));
        }
        for (StaticRoute s : n.routes()) {
            if (Cidr.parse(s.destination()).contains(dst)) {
                return Optional.of(new Hop(at, s.destination() + " via " + s.via(), "static route to the other VLAN"
                        + arrow(owner(s.via()))));
            }
        }
        return Optional.empty();
    }

    /**
     * A block routed to another node's VTEP: the kernel wraps the packet in VXLAN (UDP to that node's eth1
     * address); the outer packet crosses the ToR when the two nodes are in different VLANs.
     */
    private Optional<Hop> tunnel(String at, RouteCheck r) {
        String via = r.via().get(0);
        String next = ctx.blockHolding(via);
        Node from = ctx.node(at);
        Node to = next == null ? null : ctx.node(next);
        if (from == null || to == null) {
            return Optional.empty();
        }
        String outerVia = from.vlan() == to.vlan() ? null : ctx.torName();
        String how = "in VXLAN to the VTEP of " + next + " (outer packet " + from.ip() + " → " + to.ip()
                + (outerVia == null ? " on their subnet)" : " through " + outerVia + ")") + arrow(next);
        return Optional.of(new Hop(at, r.prefix() + " via " + via + " dev " + r.dev() + " onlink", how, outerVia));
    }

    private static final String ARROW = " -> ";

    private static String arrow(String next) {
        return ARROW + next;
    }

    private static String nextMember(String how) {
        int i = how.lastIndexOf(ARROW);
        return i < 0 ? null : how.substring(i + ARROW.length());
    }

    /** Who owns an address: the ToR, a node, or the node a pod address is on (the pod itself is never a hop). */
    private String owner(String ip) {
        if (ctx.isTorAddress(ip)) {
            return ctx.torName();
        }
        Node n = ctx.nodeWithIp(ip);
        return n == null ? null : n.name();
    }

    private String learned(String at, String next) {
        if (at.equals(ctx.torName())) {
            return "learned by BGP from " + next;
        }
        if (next.equals(ctx.torName())) {
            return ctx.hasBgp() ? "learned by BGP from " + next : "via the ToR";
        }
        return "a direct route to " + next + " in the same subnet, programmed by Calico";
    }

    /** The part of a hop's {@code how} before the arrow, for people. */
    static String reason(Hop hop) {
        if (hop.how() == null) {
            return "";
        }
        int i = hop.how().lastIndexOf(ARROW);
        return i < 0 ? hop.how() : hop.how().substring(0, i);
    }
}
