package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.PingExpectSpec;
import java.util.List;

/**
 * Ping endpoints name the ToR, a node, or {@code <workload>@<node>} where that workload runs (a DaemonSet
 * pod, or a Pod on its node); {@code to} may also be an address of the ToR (a loopback: an external
 * target) or of a node. The family is one the cluster runs and agrees with a {@code to} address; TTL 1..255;
 * a payload of 0..65507 bytes (what fits one IPv4 packet); an expected {@code error} means no reply, so it
 * goes with neither {@code reachable: true} nor a TTL.
 */
final class PingRule implements Rule {
    /** 65535 minus the IPv4 (20) and ICMP (8) headers. */
    static final int MAX_SIZE = 65507;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<PingExpectSpec> pings = SpecValues.nonNull(ctx.spec().expect().ping());
        for (int i = 0; i < pings.size(); i++) {
            PingExpectSpec ping = pings.get(i);
            String p = "expect.ping[" + i + "]";
            CheckTargets.endpoint(ctx, out, p + ".from", ping.from());
            if (Ip.isValid(ping.to())) {
                target(ctx, out, p + ".to", ping.to());
            } else {
                CheckTargets.endpoint(ctx, out, p + ".to", ping.to());
            }
            family(ctx, out, p, ping);
            if (ping.from() != null && ping.from().equals(ping.to())) {
                out.error("E-PING-ENDPOINT", p + ".to", ctx.at(p + ".to"), "'" + ping.to() + "' pings itself; that proves nothing about the lab",
                        "ping another pod, node or the ToR, e.g. from a pod in one VLAN to a pod in another");
            }
            if (ping.ttl() != null && (ping.ttl() < 1 || ping.ttl() > 255)) {
                out.error("E-TTL", p + ".ttl", ctx.at(p + ".ttl"), "TTL " + ping.ttl() + " is out of range",
                        "a reply TTL is 1..255 (Linux starts at 64, each routed hop takes one)");
            }
            if (ping.size() != null && (ping.size() < 0 || ping.size() > MAX_SIZE)) {
                out.error("E-PING-SIZE", p + ".size", ctx.at(p + ".size"), "payload size " + ping.size() + " is out of range",
                        "a ping payload is 0..65507 bytes; the packet is 28 bytes more (8900 bytes fill a 8928-byte packet)");
            }
            outcome(ctx, out, p, ping);
        }
    }

    /** The family written (or the one of a {@code to} address) is one the endpoints have. */
    private static void family(ValidationContext ctx, Diagnostics out, String p, PingExpectSpec ping) {
        IpFamily written = IpFamily.fromId(ping.family());
        IpFamily target = Ip.familyOf(ping.to());
        if (written != null && target != null && written != target) {
            out.error("E-FAMILY", p + ".family", ctx.at(p + ".family"), "the ping is " + written.id() + ", but its target "
                    + ping.to() + " is an " + target.label() + " address", "drop family (an address says it), or ping an "
                    + written.label() + " address");
            return;
        }
        IpFamily family = written != null ? written : target;
        boolean fromTor = ping.from() != null && ping.from().equals(ctx.tor() == null ? null : ctx.tor().name());
        if (family != null && !ctx.families().contains(family) && !(fromTor && target != null)) {
            String at = written != null ? p + ".family" : p + ".to";
            out.error("E-FAMILY", at, ctx.at(at), "the ping is " + family.label() + ", but the cluster's ipFamily is "
                    + ctx.ipFamily() + ": its nodes and pods have no " + family.label() + " address",
                    "set cluster.ipFamily: dual, or ping over " + family.other().label());
        }
    }

    /** An address as a target: one of the ToR's (a loopback, a gateway) or a node's. */
    private static void target(ValidationContext ctx, Diagnostics out, String path, String address) {
        Ip ip = Ip.parse(address);
        FamilyFacts f = ctx.facts(ip.family());
        boolean known = ctx.tor() != null && SpecValues.nonNull(ctx.tor().loopbacks()).stream()
                .anyMatch(l -> loopbackIs(l, ip));
        known |= ctx.vlans().stream().anyMatch(v -> ip.equals(f.gateway(v)));
        for (int i = 0; i < ctx.nodes().size(); i++) {
            known |= ip.equals(f.nodeAddress(i));
        }
        if (!known) {
            out.error("E-PING-ENDPOINT", path, ctx.at(path), "'" + address + "' is not an address of the ToR or a node",
                    "ping an address the lab has: one of tor.loopbacks (an external target), a VLAN gateway or a node address");
        }
    }

    private static boolean loopbackIs(String loopback, Ip ip) {
        try {
            return Cidr.parseInterface(loopback).ip().equals(ip);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void outcome(ValidationContext ctx, Diagnostics out, String p, PingExpectSpec ping) {
        if (ping.error() == null) {
            return;
        }
        String ep = p + ".error";
        if (ping.error().isBlank()) {
            out.error("E-PING-OUTCOME", ep, ctx.at(ep), "the expected error is empty",
                    "write the text ping reports, e.g. error: \"message too long, mtu=1450\", or leave error out");
        }
        if (Boolean.TRUE.equals(ping.reachable())) {
            String rp = p + ".reachable";
            out.error("E-PING-OUTCOME", rp, ctx.at(rp), "a ping that must fail with '" + ping.error() + "' cannot be reachable",
                    "drop reachable (an error means no reply), or drop error");
        }
        if (ping.ttl() != null) {
            String tp = p + ".ttl";
            out.error("E-PING-OUTCOME", tp, ctx.at(tp), "a ping that must fail with '" + ping.error() + "' gets no reply to take a TTL from",
                    "drop ttl, or drop error to expect replies");
        }
    }
}
