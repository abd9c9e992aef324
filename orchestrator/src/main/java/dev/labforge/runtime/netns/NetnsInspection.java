package dev.labforge.runtime.netns;

import dev.labforge.driver.NetnsEmulation;
import dev.labforge.driver.RenderedTor;
import dev.labforge.driver.TorDrivers;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What runs of a netns lab, and commands inside it: its members (from the saved state, else the rendered
 * folder, else the namespaces carrying the lab's mark), their addresses, the argv `lab exec` runs in a
 * member's namespace (the router's as its platform's emulation maps it), and a failure bundle's texts.
 */
final class NetnsInspection {
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final Pattern INET = Pattern.compile("inet (\\S+)");

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final ProcessTable procs;

    NetnsInspection(CommandRunner runner, NetnsPaths paths, ProcessTable procs) {
        this.runner = runner;
        this.paths = paths;
        this.procs = procs;
    }

    /** The lab's members from saved state, else from the rendered folder; empty when neither exists. */
    List<Member> members(LabRef lab) {
        Optional<LabState> state = LabState.read(paths.stateFile(lab.name()), lab.name());
        if (state.isPresent()) {
            return state.get().members();
        }
        if (lab.dir() != null) {
            try {
                return NetnsRuntime.fabricOf(lab.dir(), lab.name()).members();
            } catch (RuntimeException unreadable) {
                // Fall through to what the namespaces themselves say.
            }
        }
        return markedMembers(lab.name());
    }

    /** Without state or folder: the namespaces carrying this lab's mark, named by what follows the prefix. */
    private List<Member> markedMembers(String lab) {
        NetnsNames names = new NetnsNames(lab);
        NetnsDestroyer d = new NetnsDestroyer(runner, paths, procs);
        List<Member> out = new ArrayList<>();
        for (String ns : d.listNamespaces()) {
            if (ns.startsWith(names.prefix()) && NetnsNames.isMarkOf(d.markOf(ns), lab)) {
                out.add(new Member("unknown", ns.substring(names.prefix().length()), ns));
            }
        }
        return out;
    }

    LabInventory inspect(LabRef lab, String runtimeId) {
        List<String> present = new NetnsDestroyer(runner, paths, procs).listNamespaces();
        List<LabInventory.Member> out = new ArrayList<>();
        boolean allUp = true;
        List<Member> members = members(lab);
        for (Member m : members) {
            boolean up = present.contains(m.ns());
            allUp &= up;
            List<String> addresses = new ArrayList<>();
            if (up) {
                CommandResult r = runner.run(Command.of("ip", "-n", m.ns(), "-o", "-4", "addr", "show").withTimeout(SHORT));
                Matcher matcher = INET.matcher(r.ok() ? r.stdout() : "");
                while (matcher.find()) {
                    if (!matcher.group(1).startsWith("127.")) {
                        addresses.add(matcher.group(1));
                    }
                }
            }
            String detail = m.kind().equals("router") && emulation(lab).map(NetnsEmulation::runsFrr).orElse(true)
                    ? "logs: " + paths.frrLog(lab.name(), m.name(), "zebra") + ", " + paths.frrLog(lab.name(), m.name(), "bgpd") : "";
            out.add(new LabInventory.Member(m.name(), m.kind(), m.ns(), up ? "running" : "missing", addresses, detail));
        }
        return new LabInventory(lab.name(), runtimeId, !members.isEmpty() && allUp, out);
    }

    /**
     * The argv that runs a lab command in a member's namespace: on the router as its platform's emulation maps
     * it (vtysh to its FRR, a real router's CLI refused with what to use), {@code birdc} on a node to its
     * BIRD ({@code -s socket}), anything else as is.
     */
    List<String> inNamespace(LabRef lab, Member m, List<String> argv) {
        if (argv.isEmpty()) {
            throw new ExecUsageException("no command given to run on " + m.name() + "; e.g. lab exec <lab> " + m.name() + " -- ip route");
        }
        if (m.kind().equals("router")) {
            return emulation(lab).orElseThrow(() -> new ExecUsageException("cannot tell the platform of " + m.name()
                    + ": neither the lab state nor the rendered folder says it; re-render and `lab up` the lab"))
                    .inNamespace(m.ns(), argv);
        }
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", m.ns()));
        String program = argv.get(0);
        if (m.kind().equals("node") && (program.equals("birdc") || program.equals("birdcl"))) {
            cmd.addAll(List.of(program, "-s", paths.birdSocket(lab.name(), m.name()).toString()));
            cmd.addAll(argv.subList(1, argv.size()));
        } else {
            cmd.addAll(argv);
        }
        return cmd;
    }

    /**
     * What a failure bundle needs to explain a lab: the router's FRR logs and config (when it runs FRR) and
     * its emulation's show commands, each BIRD config with protocols and routes, pod addresses. Best effort:
     * a command that fails leaves its error text in the bundle instead.
     */
    Map<String, String> diagnostics(LabRef lab) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = lab.name();
        for (Member m : members(lab)) {
            String dir = m.name() + "/";
            switch (m.kind()) {
                case "router" -> {
                    readInto(out, dir + "frr.conf", paths.frrConf(name, m.name()));
                    readInto(out, dir + "zebra.log", paths.frrLog(name, m.name(), "zebra"));
                    readInto(out, dir + "bgpd.log", paths.frrLog(name, m.name(), "bgpd"));
                    emulation(lab).ifPresent(e -> e.diagnostics().forEach((file, argv) -> showInto(out, dir + file, lab, m, argv)));
                }
                case "node" -> {
                    readInto(out, dir + "bird.conf", paths.birdConf(name, m.name()));
                    showInto(out, dir + "birdc-show-protocols-all.txt", lab, m, List.of("birdc", "show", "protocols", "all"));
                    showInto(out, dir + "ip-route.txt", lab, m, List.of("ip", "route", "show"));
                }
                case "network" -> {
                    showInto(out, dir + "ip-link.txt", lab, m, List.of("ip", "link", "show"));
                    showInto(out, dir + "bridge-link.txt", lab, m, List.of("bridge", "link", "show"));
                }
                default -> showInto(out, dir + "ip-addr.txt", lab, m, List.of("ip", "-4", "addr", "show"));
            }
        }
        return out;
    }

    /** The router's emulation: by the platform the lab state recorded, else by the rendered folder's plan. */
    Optional<NetnsEmulation> emulation(LabRef lab) {
        Optional<String> platform = LabState.read(paths.stateFile(lab.name()), lab.name()).map(LabState::torPlatform);
        try {
            if (platform.isPresent()) {
                return Optional.of(TorDrivers.of(platform.get()).netns());
            }
            return lab.dir() == null ? Optional.empty() : Optional.of(RenderedTor.read(lab.dir()).driver().netns());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void readInto(Map<String, String> out, String key, Path file) {
        try {
            if (Files.exists(file)) {
                out.put(key, Files.readString(file));
            }
        } catch (IOException | RuntimeException e) {
            out.put(key, "could not read " + file + ": " + e.getMessage());
        }
    }

    private void showInto(Map<String, String> out, String key, LabRef lab, Member m, List<String> argv) {
        try {
            CommandResult r = runner.run(Command.of(inNamespace(lab, m, argv)).withTimeout(SHORT));
            out.put(key, "$ " + String.join(" ", argv) + "   (exit " + r.exitCode() + ")\n" + r.stdout()
                    + (r.stderr().isBlank() ? "" : "\n" + r.stderr()));
        } catch (RuntimeException e) {
            out.put(key, "$ " + String.join(" ", argv) + "\nfailed: " + e.getMessage());
        }
    }
}
