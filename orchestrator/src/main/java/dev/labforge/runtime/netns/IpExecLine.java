package dev.labforge.runtime.netns;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One topology {@code exec} line that the netns runtime will run inside a namespace. Only {@code ip}
 * commands on links, addresses, routes, neighbours and rules are accepted, each word from a small
 * character set, so the line can go into an {@code ip -batch} file as it is. Global options
 * ({@code -n}, {@code -batch} ...), {@code netns} and {@code exec} are refused: they would leave the namespace.
 *
 * @param args the words after {@code ip}
 */
public record IpExecLine(List<String> args) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./:_-]*");
    private static final Set<String> OBJECTS = Set.of("link", "addr", "address", "route", "neigh", "neighbor", "rule");
    private static final Set<String> FORBIDDEN = Set.of("netns", "exec", "batch");

    public IpExecLine {
        args = List.copyOf(args);
    }

    /**
     * Checks a line as written in the topology.
     *
     * @param where e.g. "topology.clab.yaml: node k01-worker exec[1]", for the error message
     * @throws IllegalArgumentException saying what is wrong and what is accepted
     */
    public static IpExecLine parse(String line, String where) {
        String text = line == null ? "" : line.strip();
        List<String> words = text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        if (words.isEmpty() || !words.get(0).equals("ip")) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not an ip command; the netns runtime runs only"
                    + " `ip link|addr|route|neigh|rule ...` exec lines (put other setup into the rendered configs)");
        }
        if (words.size() < 3 || !OBJECTS.contains(words.get(1))) {
            throw new IllegalArgumentException(where + ": '" + text + "': the netns runtime accepts only ip "
                    + String.join("|", OBJECTS.stream().sorted().toList()) + " commands");
        }
        for (String w : words.subList(1, words.size())) {
            if (!WORD.matcher(w).matches() || FORBIDDEN.contains(w)) {
                throw new IllegalArgumentException(where + ": '" + text + "': the word '" + w + "' is not accepted (no options,"
                        + " quotes, shell characters, netns or exec in exec lines)");
            }
        }
        return new IpExecLine(words.subList(1, words.size()));
    }

    /** The line for {@code ip -batch}. */
    public String batchLine() {
        return String.join(" ", args);
    }

    /** The address this line puts on {@code dev}, if it is {@code ip addr add [dev D] A/L [dev D]}; else null. */
    public String addressAddedTo(String dev) {
        if (args.size() < 3 || !(args.get(0).equals("addr") || args.get(0).equals("address")) || !args.get(1).equals("add")) {
            return null;
        }
        String address = null;
        String device = null;
        for (int i = 2; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("dev") && i + 1 < args.size()) {
                device = args.get(++i);
            } else if (a.contains("/") && address == null) {
                address = a;
            }
        }
        return dev.equals(device) ? address : null;
    }

    /** The MTU this line sets on {@code dev}, if it is {@code ip link set [dev] D mtu N}; else null. */
    public Integer mtuSetOn(String dev) {
        if (args.size() < 4 || !args.get(0).equals("link") || !args.get(1).equals("set")) {
            return null;
        }
        String device = null;
        Integer mtu = null;
        for (int i = 2; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("dev") && i + 1 < args.size()) {
                device = args.get(++i);
            } else if (a.equals("mtu") && i + 1 < args.size()) {
                String n = args.get(++i);
                mtu = n.matches("\\d{1,6}") ? Integer.valueOf(n) : null;
            } else if (device == null && i == 2) {
                device = a;
            }
        }
        return dev.equals(device) ? mtu : null;
    }

    @Override
    public String toString() {
        return "ip " + batchLine();
    }
}
