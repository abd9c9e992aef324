package dev.labforge.runtime.netns.config;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an frr.conf with the real FRR 8.4, without starting anything: {@code vtysh -C -f} (syntax of every daemon's
 * commands) and {@code bgpd -C} (bgpd applies the config in dry-run mode and reports what it refused, e.g. a listen
 * range before its peer-group). bgpd gets no BGP port, no vty port, no zebra and no kernel access.
 */
final class FrrCheck {
    /** zebra- and vtysh-only lines: bgpd does not know them, vtysh -C has already checked their syntax. */
    private static final Set<String> NOT_FOR_BGPD = Set.of("ip forwarding", "no ip forwarding", "service integrated-vtysh-config");
    private static final Pattern NO_SUCH = Pattern.compile("No such command on config line \\d+: (.*)");

    static final Optional<Path> VTYSH = Tools.find("vtysh");
    static final Optional<Path> BGPD = Tools.find("bgpd", "/usr/lib/frr");

    private FrrCheck() {
    }

    static boolean available() {
        return VTYSH.isPresent() && BGPD.isPresent();
    }

    static String unavailableReason() {
        return "FRR (vtysh, /usr/lib/frr/bgpd) is not installed: skipping the FRR config check (apt-get install frr)";
    }

    /** Problems FRR reports for this config; empty when both checks pass. */
    static List<String> problems(String frrConf, Path dir) throws IOException {
        Path file = dir.resolve("frr.conf");
        Files.writeString(file, frrConf);
        ProcessCommandRunner runner = new ProcessCommandRunner();
        List<String> problems = new ArrayList<>();
        CommandResult syntax = runner.run(Command.of(VTYSH.orElseThrow().toString(), "-C", "-f", file.toString()));
        if (!syntax.ok()) {
            problems.add("vtysh -C exit " + syntax.exitCode() + ": " + (syntax.stdout() + syntax.stderr()).strip());
        }
        CommandResult dry = runner.run(Command.of(BGPD.orElseThrow().toString(), "-C", "-p", "0", "-P", "0", "-Z", "-n", "-S",
                "-i", dir.resolve("bgpd.pid").toString(), "--vty_socket", dir.toString(), "-f", file.toString()));
        for (String line : (dry.stdout() + "\n" + dry.stderr()).split("\n")) {
            Matcher m = NO_SUCH.matcher(line);
            if (m.find()) {
                if (!NOT_FOR_BGPD.contains(m.group(1).strip())) {
                    problems.add("bgpd: " + line.strip());
                }
            } else if (line.contains("Config Failed") || line.startsWith("%")) {
                problems.add("bgpd: " + line.strip());
            }
        }
        if (!dry.ok()) {
            problems.add("bgpd -C exit " + dry.exitCode() + ": " + dry.tail(5));
        }
        return problems;
    }
}
