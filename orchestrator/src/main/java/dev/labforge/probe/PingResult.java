package dev.labforge.probe;

import java.util.List;

/**
 * A parsed ping run. {@code ttls} one per reply in order; {@code output} is the raw text for reports
 * (stdout, then stderr). {@code errors} are the failures ping reported instead of replies, in order and
 * without the {@code ping: } prefix: the sender's own kernel ({@code local error: message too long,
 * mtu=1450}, on stderr) or a router on the way ({@code From 10.10.10.1 icmp_seq=1 Frag needed and DF set
 * (mtu = 1500)}, on stdout).
 */
public record PingResult(String target, int transmitted, int received, List<Integer> ttls, String output,
        List<String> errors) {

    public PingResult {
        ttls = List.copyOf(ttls);
        errors = List.copyOf(errors);
    }

    /** A run whose failures are not itemised. */
    public PingResult(String target, int transmitted, int received, List<Integer> ttls, String output) {
        this(target, transmitted, received, ttls, output, List.of());
    }

    public boolean anyReply() {
        return received > 0;
    }

    /** Whether some error line contains {@code text} (e.g. {@code message too long, mtu=1450}). */
    public boolean reported(String text) {
        return errors.stream().anyMatch(e -> e.contains(text));
    }
}
