package dev.labforge.driver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The running-config comparison shared by CLI routers (EOS, FRR): every line of the rendered
 * {@code router bgp} block and every interface {@code ip address} must appear in the running config,
 * whitespace ignored. What each router hides or respells is the driver's {@code hidden} and
 * {@code spelling}.
 */
final class ConfigLines {
    /** What the EOS CLI and vtysh print for a config line they reject. */
    static final List<String> CLI_REJECTION_MARKS = List.of(
            "% Invalid input", "% Unavailable command", "% Incomplete command", "% Ambiguous command", "% Unknown command");

    private final Predicate<String> hidden;
    private final UnaryOperator<String> spelling;

    /**
     * @param hidden   rendered lines the router accepts but never shows in its running config
     * @param spelling turns a line into the form the router shows (applied to both sides)
     */
    ConfigLines(Predicate<String> hidden, UnaryOperator<String> spelling) {
        this.hidden = hidden;
        this.spelling = spelling;
    }

    /** The lines we insist on: everything in the `router bgp` block and every interface `ip address`. */
    List<String> expected(String renderedConfig) {
        List<String> expected = new ArrayList<>();
        boolean inBgp = false;
        boolean inInterface = false;
        for (String raw : renderedConfig.split("\n")) {
            if (raw.isBlank()) {
                continue;
            }
            boolean topLevel = !Character.isWhitespace(raw.charAt(0));
            String line = normalize(raw);
            if (topLevel) {
                inBgp = line.startsWith("router bgp ");
                inInterface = line.startsWith("interface ");
                if (inBgp) {
                    expected.add(line);
                }
                continue;
            }
            if (line.startsWith("!") || line.equals("exit") || line.equals("exit-address-family") || hidden.test(line)) {
                continue;
            }
            if (inBgp || inInterface && line.startsWith("ip address ")) {
                expected.add(line);
            }
        }
        return expected;
    }

    /** Expected lines that the running config does not contain. */
    List<String> missing(String renderedConfig, String runningConfig) {
        Set<String> running = new HashSet<>();
        for (String raw : runningConfig.split("\n")) {
            running.add(normalize(raw));
        }
        return expected(renderedConfig).stream().filter(l -> !running.contains(l)).toList();
    }

    /** Log lines where the router rejected a config line, each with the line before it for context. */
    static List<String> rejected(String log, List<String> marks) {
        List<String> found = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (marks.stream().anyMatch(line::contains)) {
                found.add(i > 0 && !lines[i - 1].isBlank() ? lines[i - 1].strip() + " -> " + line.strip() : line.strip());
            }
        }
        return found;
    }

    private String normalize(String raw) {
        return spelling.apply(raw.strip().replaceAll("\\s+", " "));
    }
}
