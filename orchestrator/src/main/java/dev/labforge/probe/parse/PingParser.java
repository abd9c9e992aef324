package dev.labforge.probe.parse;

import dev.labforge.probe.PingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ping output from iputils (Linux, EOS {@code ping}: "72(100) bytes") and BusyBox ({@code seq=} from 0).
 * TTLs are taken from the reply lines (duplicates skipped), counts from the statistics line.
 * Output without statistics but with a {@code ping: ...} error (e.g. "connect: Network is unreachable")
 * is a run with no reply; anything else unrecognized is an {@link dev.labforge.probe.ObservationException}.
 * iputils writes its own errors ({@code ping: local error: message too long, mtu=1450}) to stderr and the
 * ICMP errors of routers ({@code From 10.10.10.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)}) to
 * stdout: {@link #parse(String, String)} reads both and lists them as the run's errors.
 */
public final class PingParser {

    static final String WHAT = "ping output";

    private static final Pattern HEADER = Pattern.compile("^PING (\\S+) \\(([0-9.]+)\\)");
    private static final Pattern REPLY = Pattern.compile("bytes from ([0-9.]+).*?\\b(?:icmp_seq|seq)=(\\d+) ttl=(\\d+)");
    private static final Pattern STATS = Pattern.compile("^(\\d+) packets transmitted, (\\d+) (?:packets )?received");
    private static final Pattern STATS_HOST = Pattern.compile("^--- (\\S+) ping statistics ---");
    private static final Pattern ERROR = Pattern.compile("^ping: (.+)$");
    private static final Pattern ICMP_ERROR = Pattern.compile("^From \\S+ (?:icmp_seq|seq)=\\d+ .+$");

    private PingParser() {
    }

    public static PingResult parse(String output) {
        return parse(output, "");
    }

    /** A run whose stdout and stderr were kept apart (a process); the result's output is stdout, then stderr. */
    public static PingResult parse(String stdout, String stderr) {
        String err = stderr == null ? "" : stderr;
        String output = (stdout == null ? "" : stdout) + (err.isBlank() ? "" : (stdout == null || stdout.endsWith("\n")
                || stdout.isEmpty() ? "" : "\n") + err);
        if (output.isBlank()) {
            throw ParseSupport.failure(WHAT, "the output is empty", output);
        }
        String target = "";
        List<Integer> ttls = new ArrayList<>();
        int transmitted = -1;
        int received = -1;
        boolean error = false;
        List<String> errors = new ArrayList<>();
        for (String raw : output.lines().toList()) {
            String line = raw.strip();
            Matcher m;
            if ((m = HEADER.matcher(line)).find()) {
                target = m.group(2);
            } else if ((m = REPLY.matcher(line)).find()) {
                if (!line.contains("(DUP!)")) {
                    ttls.add(Integer.parseInt(m.group(3)));
                }
            } else if ((m = STATS.matcher(line)).find()) {
                transmitted = Integer.parseInt(m.group(1));
                received = Integer.parseInt(m.group(2));
            } else if ((m = STATS_HOST.matcher(line)).find()) {
                if (target.isEmpty()) {
                    target = m.group(1);
                }
            } else if ((m = ERROR.matcher(line)).find()) {
                error = true;
                errors.add(m.group(1));
            } else if (ICMP_ERROR.matcher(line).find()) {
                errors.add(line);
            }
        }
        if (transmitted < 0) {
            if (error) {
                return new PingResult(target, 0, 0, List.of(), output, errors);
            }
            throw ParseSupport.failure(WHAT, "no 'N packets transmitted, M received' line", output);
        }
        return new PingResult(target, transmitted, received, List.copyOf(ttls), output, errors);
    }
}
