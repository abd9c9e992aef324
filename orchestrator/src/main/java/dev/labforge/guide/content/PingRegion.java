package dev.labforge.guide.content;

import dev.labforge.check.PingCheck;
import dev.labforge.guide.doc.RegionId;
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
        return "ping <from> <to>|a ping's path and its TTL arithmetic";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        check(id, id.args(), ctx);
    }

    /** The lab's ping check between the two endpoints; an unknown endpoint is an IllegalArgumentException. */
    static PingCheck check(RegionId id, List<String> endpoints, GuideContext ctx) {
        if (endpoints.size() != 2) {
            throw new IllegalArgumentException("region `" + id.type() + (id.type().equals("diagram") ? " ping" : "")
                    + " <from> <to>` needs two endpoints (the router, a node, or <workload>@<node>), not `" + id + "`");
        }
        for (String e : endpoints) {
            if (ctx.kindOf(e) == null) {
                throw new IllegalArgumentException("unknown ping endpoint `" + e + "`; this lab has: " + String.join(", ", ctx.targets()));
            }
        }
        return ctx.pings().stream().filter(p -> p.from().equals(endpoints.get(0)) && p.to().equals(endpoints.get(1)))
                .findFirst().orElse(new PingCheck(endpoints.get(0), endpoints.get(1), null, true, false));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        PingCheck ping = check(id, id.args(), ctx);
        PathTracer tracer = new PathTracer(ctx);
        PathTracer.Path there = tracer.trace(ping.from(), ping.to());
        PathTracer.Path back = tracer.trace(ping.to(), ping.from());
        StringBuilder sb = new StringBuilder();
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
        if (ping.ttl() != null && ping.ttl() != derived) {
            sb.append(" The lab's ping check expects `ttl=").append(ping.ttl()).append("` instead: its routes and its check"
                    + " disagree, so look at both.");
        }
        return sb.toString();
    }
}
