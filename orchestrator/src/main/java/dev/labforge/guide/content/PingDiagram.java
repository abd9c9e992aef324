package dev.labforge.guide.content;

import dev.labforge.check.PingCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A ping as a sequence diagram: the request hop by hop with each route lookup, then the reply. */
final class PingDiagram {
    private PingDiagram() {
    }

    static String render(GuideContext ctx, PingCheck ping) {
        PathTracer tracer = new PathTracer(ctx);
        PathTracer.Path there = tracer.trace(ping.from(), ping.to());
        PathTracer.Path back = tracer.trace(ping.to(), ping.from());
        Mermaid m = new Mermaid("sequenceDiagram");
        Set<String> members = new LinkedHashSet<>();
        there.hops().forEach(h -> members.add(h.member()));
        back.hops().forEach(h -> members.add(h.member()));
        for (String member : members) {
            String address = ctx.addressOf(member);
            m.line("participant " + m.id(member) + " as " + member + (address == null ? "" : "<br/>" + address));
        }
        m.line("Note over " + m.id(ping.from()) + "," + m.id(ping.to()) + ": echo request to " + ctx.addressOf(ping.to()));
        arrows(m, there.hops(), "->>");
        if (ping.reachable() && there.complete()) {
            int ttl = PingRegion.INITIAL_TTL - back.forwarders().size();
            m.line("Note over " + m.id(ping.from()) + "," + m.id(ping.to()) + ": echo reply, TTL "
                    + PingRegion.INITIAL_TTL + (back.complete() ? " down to " + ttl : ""));
            arrows(m, back.hops(), "-->>");
        }
        return m.block();
    }

    private static void arrows(Mermaid m, List<PathTracer.Hop> hops, String arrow) {
        for (int i = 0; i + 1 < hops.size(); i++) {
            PathTracer.Hop h = hops.get(i);
            if (h.route() != null) {
                m.line("Note over " + m.id(h.member()) + ": " + h.route().replace(";", ","));
            }
            m.line(m.id(h.member()) + arrow + m.id(hops.get(i + 1).member()) + ": " + PathTracer.reason(h).replace(";", ","));
        }
        PathTracer.Hop last = hops.get(hops.size() - 1);
        if (last.route() == null && last.how() != null) {
            m.line("Note over " + m.id(last.member()) + ": " + last.how());
        }
    }
}
