package dev.labforge.guide.normalize;

import java.util.List;

/**
 * Everything `lab guide --check` ignores when it compares a captured output with a fresh one, one rule per
 * varying value, by the program that prints it. Each rule is tested on real captures
 * (src/test/resources/fixtures/guide/): two runs of a command normalise equal, an edited address does not.
 * A rule must be narrow: it replaces the varying value, never the facts around it (addresses, prefixes,
 * states, prefix counts, TTLs).
 */
public final class NormalizeRules {
    private NormalizeRules() {
    }

    /**
     * Commands that list a kernel table in its hash order, which changes from one run to the next (neighbour and
     * forwarding entries): their lines compare as a set. Matched on the command's words, options left out.
     */
    private static final List<List<String>> UNORDERED = List.of(List.of("ip", "neigh"), List.of("bridge", "fdb"));

    /** Whether the order of this command's output lines means nothing. */
    public static boolean unordered(List<String> argv) {
        List<String> words = argv.stream().filter(w -> !w.startsWith("-")).toList();
        return UNORDERED.stream().anyMatch(u -> words.size() >= u.size() && words.subList(0, u.size()).equals(u));
    }

    /** hh:mm:ss that is not part of an IPv6 address or a MAC. */
    private static final String CLOCK = "(?<![:\\w])\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?![:\\w])";

    public static final List<NormalizeRule> ALL = List.of(
            // FRR (vtysh)
            NormalizeRule.of("frr", "version", "\\bfrr version \\S+", "frr version <version>"),
            NormalizeRule.of("frr", "table version", "\\b(BGP table version( is)?) \\d+", "$1 <n>"),
            NormalizeRule.of("frr", "memory", "\\busing \\d+ (bytes|KiB|MiB|GiB) of memory", "using <n> of memory"),
            // show bgp summary rows: MsgRcvd MsgSent TblVer InQ OutQ Up/Down vary; AS, state and prefix counts do not.
            NormalizeRule.of("frr", "summary counters",
                    "^(\\*?[0-9A-Fa-f.:]+)\\s+4\\s+(\\d+)\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\S+\\s+",
                    "$1 4 $2 <msgs> <msgs> <tblver> <q> <q> <up/down> "),
            NormalizeRule.of("frr", "route age", "(, )(\\d{2}:\\d{2}:\\d{2}|\\d+d\\d{2}h\\d{2}m|\\d+w\\d+d\\d{2}h)$", "$1<age>"),
            NormalizeRule.of("frr", "prefix version", "^(BGP routing table entry for \\S+, version) \\d+", "$1 <n>"),
            NormalizeRule.of("frr", "last update", "\\b(Last update:) .*$", "$1 <time>"),
            NormalizeRule.of("frr", "add-path ids", "\\b(AddPath ID: RX) \\d+, TX-All \\d+ TX-Best-Per-AS \\d+",
                    "$1 <n>, TX-All <n> TX-Best-Per-AS <n>"),
            // BIRD (birdc)
            NormalizeRule.of("bird", "version", "^BIRD \\d+(\\.\\d+)+ ready\\.$", "BIRD <version> ready."),
            NormalizeRule.of("bird", "timers", "\\b(Hold timer|Keepalive timer|Restart timer):(\\s+)\\d+/", "$1:$2<n>/"),
            NormalizeRule.of("bird", "route change stats",
                    "^(\\s+(?:Import|Export) (?:updates|withdraws):)((?:\\s+(?:\\d+|---))+)$", "$1 <counters>"),
            NormalizeRule.of("bird", "date", "(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])", "<date>"),
            // ping (iputils, BusyBox, EOS)
            NormalizeRule.of("ping", "rtt", "\\btime[=<]\\d+(\\.\\d+)? ?ms\\b", "time=<t> ms"),
            NormalizeRule.of("ping", "total time", "(packet loss), time \\d+ ?ms$", "$1, time <t>ms"),
            NormalizeRule.of("ping", "rtt summary", "^(rtt|round-trip) (min/avg/max(/mdev)?) = [\\d./]+ ms(, ipg/ewma [\\d./]+ ms)?$",
                    "$1 $2 = <rtt> ms"),
            // iproute2
            NormalizeRule.of("ip", "mac", "(?<![:\\w])[0-9a-f]{2}(:[0-9a-f]{2}){5}(?![:\\w])", "<mac>"),
            NormalizeRule.of("ip", "link-local", "\\bfe80::[0-9a-f:]+(/64)?", "fe80::<eui64>$1"),
            NormalizeRule.of("ip", "ifindex", "^\\d+: ", "<n>: "),
            NormalizeRule.of("ip", "peer ifindex", "@if\\d+\\b", "@if<n>"),
            NormalizeRule.of("ip", "netnsid", "\\blink-netnsid \\d+", "link-netnsid <n>"),
            // the netns runtime's namespace of the other end (named after the lab, so a copy of it under another
            // name reads the same) and the lab's mark on each namespace's loopback
            NormalizeRule.of("ip", "peer netns", "\\blink-netns \\S+", "link-netns <netns>"),
            NormalizeRule.of("ip", "lab mark", "^(\\s+altname) lf\\.\\S+$", "$1 lf.<lab>"),
            NormalizeRule.of("ip", "veth", "\\bcali[0-9a-f]{11}\\b", "cali<veth>"),
            NormalizeRule.of("ip", "lifetimes", "\\b(valid_lft|preferred_lft) \\d+sec\\b", "$1 <n>sec"),
            NormalizeRule.of("ip", "cache expiry", "\\bexpires \\d+sec\\b", "expires <n>sec"),
            // time stamps wherever they appear (BIRD's "since" column and route ages, FRR up/down, kubectl)
            NormalizeRule.of("time", "iso timestamp", "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?\\b",
                    "<timestamp>"),
            NormalizeRule.of("time", "ctime", "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + " +\\d{1,2} \\d{2}:\\d{2}:\\d{2} \\d{4}\\b", "<timestamp>"),
            NormalizeRule.of("time", "clock", CLOCK, "<time>"),
            // layout: column widths follow the values above, so runs of blanks are one blank
            NormalizeRule.of("layout", "blanks", "[ \\t]+", " "),
            NormalizeRule.of("layout", "trailing blanks", " $", ""));
}
