package dev.labforge.runtime.clab;

import dev.labforge.platform.TorPlatform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pure checks that the ToR really runs the config we rendered: the BGP section and the SVI
 * addresses must appear in the running config, and the boot log must not show rejected lines.
 */
public final class TorConfigCheck {
    private static final List<String> REJECTION_MARKS = List.of(
            "% Invalid input", "% Unavailable command", "% Incomplete command", "% Ambiguous command", "% Unknown command");
    private static final Pattern PEER_GROUP_OLD = Pattern.compile("^(neighbor \\S+) peer-group$");

    private TorConfigCheck() {
    }

    /** The lines we insist on: everything in the `router bgp` block and every interface `ip address`. */
    public static List<String> expectedLines(String renderedConfig, TorPlatform platform) {
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
            if (line.startsWith("!") || line.equals("exit") || line.equals("exit-address-family")) {
                continue;
            }
            // FRR hides "neighbor X activate" in its running config while ipv4-unicast is the default
            if ("frr".equals(platform.id()) && line.matches("neighbor \\S+ activate")) {
                continue;
            }
            if (inBgp || inInterface && line.startsWith("ip address ")) {
                expected.add(line);
            }
        }
        return expected;
    }

    /** Expected lines that the running config does not contain (whitespace and peer-group spelling ignored). */
    public static List<String> missingLines(String renderedConfig, String runningConfig, TorPlatform platform) {
        Set<String> running = new HashSet<>();
        for (String raw : runningConfig.split("\n")) {
            running.add(normalize(raw));
        }
        List<String> missing = new ArrayList<>();
        for (String line : expectedLines(renderedConfig, platform)) {
            if (!running.contains(line)) {
                missing.add(line);
            }
        }
        return missing;
    }

    /** Log lines where the router rejected a config line, each with the line before it for context. */
    public static List<String> rejectedLines(String log) {
        List<String> found = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (REJECTION_MARKS.stream().anyMatch(line::contains)) {
                found.add(i > 0 && !lines[i - 1].isBlank() ? lines[i - 1].strip() + " -> " + line.strip() : line.strip());
            }
        }
        return found;
    }

    private static String normalize(String raw) {
        String line = raw.strip().replaceAll("\\s+", " ");
        // EOS accepts both spellings and shows "peer group"
        return PEER_GROUP_OLD.matcher(line).replaceAll("$1 peer group");
    }
}
