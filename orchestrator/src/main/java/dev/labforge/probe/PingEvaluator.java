package dev.labforge.probe;

import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.wait.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ping from one endpoint (router, node or pod {@code <workload>@<node>}) to another, sent inside the lab.
 * Expected reachable: no reply is Pending (routes may still converge); replies with another TTL are Failed
 * (the path is wrong); and when a route it travels by (the checked route of the sender's host to the
 * target, and of the target's host back) needs a dead daemon, it is Failed at once with that cause, without
 * sending: a stale route left by a killed BIRD may still carry it, but nothing keeps it any more.
 * Expected unreachable: any reply is Failed. Expected to fail with a named error ({@code message too long,
 * mtu=1450}): that error reported is Done, any reply Failed, silence or another error Pending. The packet
 * (payload size, don't-fragment) is the check's. It acts: nothing to read.
 */
final class PingEvaluator implements CheckEvaluator<PingCheck> {
    static final int COUNT = 3;

    @Override
    public Class<PingCheck> checkType() {
        return PingCheck.class;
    }

    @Override
    public Optional<Reads> reads(PingCheck c) {
        return Optional.empty();
    }

    /** Between two hosts the packets go over the links of the nodes among them (a pod's: its node's). */
    @Override
    public List<Set<String>> overLinks(PingCheck c, LabFacts facts) {
        String from = facts.hostName(c.from());
        String to = facts.hostName(c.to());
        if (!c.reachable() || from.equals(to)) {
            return List.of();
        }
        List<Set<String>> links = new ArrayList<>();
        for (String host : List.of(from, to)) {
            if (!host.equals(facts.tor())) {
                links.add(Set.of(host));
            }
        }
        return links;
    }

    @Override
    public Answer<String> evaluate(PingCheck c, Round round) {
        String address;
        PingResult r;
        try {
            // a ToR loopback (an external target) is written as an address; endpoints have one per family
            address = dev.labforge.net.Ip.isValid(c.to()) ? dev.labforge.net.Ip.canonical(c.to())
                    : round.target().addressOf(c.to(), c.family());
            if (c.reachable()) {
                Optional<String> dead = deadOnTheWay(c, address, round);
                if (dead.isPresent()) {
                    return Answer.failed(dead.get());
                }
            }
            r = round.target().ping(c.from(), address, COUNT, new PingPacket(c.size(), c.dontFragment()), round.actFor());
        } catch (ObservationException e) {
            return Answer.unobserved(e.getMessage());
        }
        if (!c.error().isEmpty()) {
            return failsWith(c, address, r);
        }
        if (!r.anyReply()) {
            String seen = "no reply from " + address + " (" + r.transmitted() + " sent" + hint(r.output()) + ")";
            return c.reachable() ? Answer.pending(seen) : Answer.done(seen);
        }
        String ttls = r.ttls().stream().distinct().map(String::valueOf).collect(Collectors.joining("/"));
        String limit = c.v6() ? "hop limit " : "ttl ";
        String seen = r.received() + "/" + r.transmitted() + " replies from " + address + (ttls.isEmpty() ? "" : ", " + limit + ttls);
        if (!c.reachable()) {
            return Answer.failed(seen + ", but no reply was expected");
        }
        if (c.ttl() != null && (r.ttls().isEmpty() || r.ttls().stream().anyMatch(t -> !t.equals(c.ttl())))) {
            return Answer.failed(seen + ", expected " + limit + c.ttl() + " (the path differs)");
        }
        return Answer.done(seen);
    }

    /** A ping that must fail with the check's error: reported is Done, a reply Failed, anything else Pending. */
    private static Answer<String> failsWith(PingCheck c, String address, PingResult r) {
        if (r.anyReply()) {
            return Answer.failed(r.received() + "/" + r.transmitted() + " replies from " + address + ", but it must fail with '"
                    + c.error() + "'");
        }
        Optional<String> reported = r.errors().stream().filter(e -> e.contains(c.error())).findFirst();
        if (reported.isPresent()) {
            return Answer.done("no reply from " + address + ": " + reported.get());
        }
        return Answer.pending("no reply from " + address + " (" + r.transmitted() + " sent, "
                + (r.errors().isEmpty() ? "no error reported" : "reported: " + String.join("; ", r.errors().stream().distinct().toList()))
                + ")");
    }

    /** The cause, when a checked route there or back needs only dead daemons. */
    private static Optional<String> deadOnTheWay(PingCheck c, String address, Round round) {
        LabFacts facts = round.facts();
        List<Set<Daemon>> needs = new ArrayList<>(needsOfRoute(facts, facts.hostName(c.from()), address));
        String back = facts.hostName(c.to());
        if (!back.equals(facts.hostName(c.from())) && facts.hasCheckedRoutes(back)) {
            try {
                needs.addAll(needsOfRoute(facts, back, round.target().addressOf(c.from(), c.family())));
            } catch (ObservationException e) {
                // The sender's address is not known yet: only the way there is judged.
            }
        }
        return round.deadAmong(needs);
    }

    private static List<Set<Daemon>> needsOfRoute(LabFacts facts, String table, String address) {
        return facts.checkedRoute(table, address).map(r -> CheckEvaluators.of(r).dependsOn(r, facts)).orElse(List.of());
    }

    /** The first error line of the output ("From x icmp_seq=1 Destination Host Unreachable", "ping: ..."). */
    private static String hint(String output) {
        if (output == null) {
            return "";
        }
        return output.lines().map(String::strip)
                .filter(l -> l.startsWith("From ") || l.startsWith("ping: "))
                .findFirst().map(l -> "; " + l).orElse("");
    }
}
