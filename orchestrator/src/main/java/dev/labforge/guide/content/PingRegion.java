package dev.labforge.guide.content;

import dev.labforge.check.PingCheck;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ping <from> <to>}: the path of the echo request and of its reply, hop by hop from the lab's
 * routes, and the TTL arithmetic that explains the {@code ttl=} the output shows (64 minus one per router
 * the reply crosses).
 */
final class PingRegion implements RegionType {
    static final int INITIAL_TTL = 64;

    @Override
    public String type() {
        return "ping";
    }

    @Override
    public String usage() {
        return "ping <from> <to> [size N] [df]|a ping's path and its TTL arithmetic";
    }

    /** ICMP header 8 + IPv4 header 20: what ping adds to its payload ({@code -s}). */
    static final int ICMP_IP_HEADERS = 28;

    /** The words after {@code ping} in the id of this ping's region: the endpoints, then its packet when not the default. */
    static List<String> regionArgs(PingCheck p) {
        List<String> out = new ArrayList<>(List.of(p.from(), p.to()));
        if (p.size() != null) {
            out.addAll(List.of("size", String.valueOf(p.size())));
        }
        if (p.dontFragment()) {
            out.add("df");
        }
        return out;
    }

    /** How the heading names the packet: nothing for ping's default, else e.g. ", 8900 bytes, don't fragment". */
    static String packetText(PingCheck p) {
        return (p.size() != null ? ", " + p.size() + " bytes" : "") + (p.dontFragment() ? ", don't fragment" : "");
    }

    /** The ping as the student runs it: the router's own ping, else iputils' with the check's size and don't-fragment. */
    static List<String> argv(GuideContext ctx, PingCheck p) {
        String ip = ctx.addressOf(p.to());
        if (p.from().equals(ctx.torName()) && p.size() == null && !p.dontFragment()) {
            return ctx.tor().ping(ip);
        }
        List<String> argv = new ArrayList<>(List.of("ping", "-c", "3"));
        if (p.size() != null) {
            argv.addAll(List.of("-s", String.valueOf(p.size())));
        }
        if (p.dontFragment()) {
            argv.addAll(List.of("-M", "do"));
        }
        argv.add(ip);
        return argv;
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        check(id, id.args(), ctx);
    }

    /**
     * The lab's ping check between the two endpoints with that packet ({@code size N}, {@code df} after them); an
     * unknown endpoint or word is an IllegalArgumentException.
     */
    static PingCheck check(RegionId id, List<String> args, GuideContext ctx) {
        String usage = "region `" + id.type() + (id.type().equals("diagram") ? " ping" : "")
                + " <from> <to> [size N] [df]` needs two endpoints (the router, a node, or <workload>@<node>), not `" + id + "`";
        if (args.size() < 2) {
            throw new IllegalArgumentException(usage);
        }
        List<String> endpoints = args.subList(0, 2);
        for (String e : endpoints) {
            if (ctx.kindOf(e) == null) {
                throw new IllegalArgumentException("unknown ping endpoint `" + e + "`; this lab has: " + String.join(", ", ctx.targets()));
            }
        }
        Integer size = null;
        boolean df = false;
        List<String> rest = args.subList(2, args.size());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("df")) {
                df = true;
            } else if (rest.get(i).equals("size") && i + 1 < rest.size() && rest.get(i + 1).matches("\\d{1,5}")) {
                size = Integer.valueOf(rest.get(++i));
            } else {
                throw new IllegalArgumentException(usage);
            }
        }
        Integer wantSize = size;
        boolean wantDf = df;
        return ctx.pings().stream().filter(p -> p.from().equals(endpoints.get(0)) && p.to().equals(endpoints.get(1))
                        && java.util.Objects.equals(p.size(), wantSize) && p.dontFragment() == wantDf)
                .findFirst().orElse(new PingCheck(endpoints.get(0), endpoints.get(1), null, true, wantSize, wantDf, "", false));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        PingCheck ping = check(id, id.args(), ctx);
        PathTracer tracer = new PathTracer(ctx);
        PathTracer.Path there = tracer.trace(ping.from(), ping.to());
        PathTracer.Path back = tracer.trace(ping.to(), ping.from());
        StringBuilder sb = new StringBuilder();
        if (ping.size() != null || ping.dontFragment()) {
            sb.append(packet(ctx, ping, there)).append('\n');
            if (!ping.error().isEmpty()) {
                return sb.toString();
            }
            sb.append('\n');
        }
        if (!ping.reachable()) {
            sb.append("No reply is expected: ").append(Md.c(ping.to())).append(" must not be reachable from ")
                    .append(Md.c(ping.from())).append(".\n\n");
        }
        sb.append("The echo request to ").append(Md.c(ctx.addressOf(ping.to()))).append(":\n\n").append(table(there));
        sb.append("\nThe reply to ").append(Md.c(ctx.addressOf(ping.from(), ping.to()))).append(":\n\n").append(table(back));
        if (ping.reachable()) {
            sb.append('\n').append(ttl(ping, back)).append('\n');
        }
        return sb.toString();
    }

    /**
     * A ping with its own packet size or don't-fragment: how big its packet is, and whether it fits the MTUs on its
     * way (the sender's eth0 first; inside VXLAN the outer packet, 50 bytes more, on the links it crosses).
     */
    private static String packet(GuideContext ctx, PingCheck ping, PathTracer.Path there) {
        int payload = ping.size() == null ? 56 : ping.size();
        int bytes = payload + ICMP_IP_HEADERS;
        StringBuilder sb = new StringBuilder("`-s " + payload + "` is the ICMP payload; with the 8-byte ICMP and the 20-byte IPv4"
                + " header the packet is " + payload + " + " + ICMP_IP_HEADERS + " = " + bytes + " bytes");
        sb.append(ping.dontFragment() ? ", and `-M do` sets don't-fragment: no router may split it, and the sender must not"
                + " either." : ".");
        var pod = ctx.pod(ping.from());
        Node from = pod == null ? null : ctx.node(pod.node());
        if (!ping.error().isEmpty()) {
            sb.append(" It never leaves ").append(Md.c(ping.from()));
            if (from != null) {
                sb.append(": the pod's eth0 has MTU ").append(from.podMtu()).append(" (the pod MTU Calico gave it), ")
                        .append(bytes).append(" > ").append(from.podMtu());
            }
            sb.append(", so its own kernel refuses to send it and ping reports ").append(Md.c(ping.error()))
                    .append(". No router on the way sees it, so there is no path and no TTL to explain.");
            return sb.toString();
        }
        if (from != null) {
            sb.append(" It fits the pod's eth0 (MTU ").append(from.podMtu()).append(")");
            if (!there.underlay().isEmpty() || there.hops().stream().anyMatch(h -> h.route() != null
                    && h.route().contains(GuideContext.VXLAN_DEVICE))) {
                int outer = bytes + dev.labforge.resolve.MtuPass.VXLAN_OVERHEAD;
                sb.append(", and wrapped in VXLAN (").append(bytes).append(" + ").append(dev.labforge.resolve.MtuPass.VXLAN_OVERHEAD)
                        .append(" = ").append(outer).append(" bytes: outer IPv4 20, UDP 8, VXLAN 8, inner Ethernet 14) it fits")
                        .append(" the nodes' eth1 (MTU ").append(from.mtu()).append(")");
                if (!there.underlay().isEmpty()) {
                    sb.append(" and the VLANs of ").append(Md.c(ctx.torName())).append(" it crosses");
                }
            }
            sb.append(".");
        }
        return sb.toString();
    }

    private static String table(PathTracer.Path path) {
        List<List<String>> rows = new ArrayList<>();
        for (PathTracer.Hop h : path.hops()) {
            if (h.route() != null || h.how() != null) {
                rows.add(List.of(h.member(), h.route() == null ? "" : Md.c(h.route()), PathTracer.reason(h)));
            }
        }
        String t = Md.table(List.of("At", "Route", "Why"), rows);
        return path.complete() ? t : t + "\nThe lab's routes end here: the packet has nowhere to go.\n";
    }

    /** "64 − 3 = 61: k01-worker3, ceos01, k01-worker", checked against what the lab's ping check expects. */
    static String ttl(PingCheck ping, PathTracer.Path back) {
        List<String> routers = back.forwarders();
        int derived = INITIAL_TTL - routers.size();
        StringBuilder sb = new StringBuilder("The reply leaves " + Md.c(ping.to()) + " with TTL " + INITIAL_TTL
                + " (the Linux default), and each router that forwards it lowers the TTL by one");
        if (!back.complete()) {
            sb.append(". The lab's routes do not give the whole way back");
            return sb.append(ping.ttl() == null ? "." : "; the lab's ping check expects `ttl=" + ping.ttl() + "`.").toString();
        }
        sb.append(": ").append(INITIAL_TTL).append(" − ").append(routers.size()).append(" = ").append(derived);
        sb.append(routers.isEmpty() ? "" : " (" + Md.list(routers) + ")").append(", the `ttl=").append(derived)
                .append("` in the output.");
        List<String> underlay = back.underlay().stream().distinct().toList();
        if (!underlay.isEmpty()) {
            sb.append(" ").append(Md.list(underlay)).append(underlay.size() == 1 ? " does" : " do")
                    .append(" not count: ").append(underlay.size() == 1 ? "it forwards" : "they forward")
                    .append(" only the outer VXLAN packet, whose own IP header carries its own TTL; the pod's packet inside is"
                            + " untouched until the far node unwraps it.");
        }
        if (ping.ttl() != null && ping.ttl() != derived) {
            sb.append(" The lab's ping check expects `ttl=").append(ping.ttl()).append("` instead: its routes and its check"
                    + " disagree, so look at both.");
        }
        return sb.toString();
    }
}
