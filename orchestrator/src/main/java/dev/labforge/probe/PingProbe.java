package dev.labforge.probe;

import java.util.stream.Collectors;

/**
 * Ping from an endpoint to another (router name, node name or pod {@code <workload>@<node>}).
 * Expected reachable: no reply is Pending (routes may still converge), replies with another TTL are
 * Failed (the path is wrong). Expected unreachable: any reply is Failed.
 *
 * @param ttl null for any TTL
 */
public record PingProbe(String from, String to, Integer ttl, boolean reachable, int count) implements Probe {

    public static final int DEFAULT_COUNT = 3;

    public PingProbe(String from, String to, Integer ttl, boolean reachable) {
        this(from, to, ttl, reachable, DEFAULT_COUNT);
    }

    @Override
    public String name() {
        return "ping " + from + " -> " + to + (ttl != null && reachable ? " ttl " + ttl : "") + (reachable ? "" : " no reply");
    }

    @Override
    public String expected() {
        if (!reachable) {
            return "no reply";
        }
        return ttl == null ? "replies" : "replies with ttl " + ttl;
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        String address = target.addressOf(to);
        PingResult r = target.ping(from, address, count);
        if (!r.anyReply()) {
            String seen = "no reply from " + address + " (" + r.transmitted() + " sent" + hint(r.output()) + ")";
            return reachable ? ProbeResult.pending(seen) : ProbeResult.passed(seen);
        }
        String ttls = r.ttls().stream().distinct().map(String::valueOf).collect(Collectors.joining("/"));
        String seen = r.received() + "/" + r.transmitted() + " replies from " + address + (ttls.isEmpty() ? "" : ", ttl " + ttls);
        if (!reachable) {
            return ProbeResult.failed(seen + ", but no reply was expected");
        }
        if (ttl != null && (r.ttls().isEmpty() || r.ttls().stream().anyMatch(t -> !t.equals(ttl)))) {
            return ProbeResult.failed(seen + ", expected ttl " + ttl + " (the path differs)");
        }
        return ProbeResult.passed(seen);
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
