package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every process inside a lab's network namespaces, whatever started it (the daemons, and anything `lab exec`
 * left running, e.g. {@code sh -c 'sleep 321 &'}), and however its namespace can be reached now: by one of the
 * lab's names, by another name (renamed), or by none at all (its name was deleted while the process kept the
 * namespace, and the namespace's veths, alive). Processes are grouped by namespace; each namespace is asked
 * once who it is ({@code ip netns identify}), and one without a name of this lab counts only when its lo
 * carries the lab's mark (read from inside it with {@code nsenter}). Another lab's namespace never counts.
 */
final class NamespaceProcesses {
    private static final Duration SHORT = Duration.ofSeconds(10);

    /** A process of the lab, and where it runs: a namespace name, or how its namespace was found. */
    record Found(ProcessTable.Proc proc, String where, String namespace) {
    }

    private final CommandRunner runner;
    private final ProcessTable procs;

    NamespaceProcesses(CommandRunner runner, ProcessTable procs) {
        this.runner = runner;
        this.procs = procs;
    }

    /** The processes of {@code lab} among {@code all}; {@code namespaces} are the lab's namespace names. */
    List<Found> of(String lab, Set<String> namespaces, List<ProcessTable.Proc> all) {
        NetnsNames names = new NetnsNames(lab);
        String host = procs.ownNetns();
        long self = ProcessHandle.current().pid();
        Map<String, List<ProcessTable.Proc>> byNamespace = new LinkedHashMap<>();
        for (ProcessTable.Proc p : all) {
            String key = p.netns() != null ? p.netns() : "pid " + p.pid();
            if (p.pid() != self && (host == null || !host.equals(p.netns()))) {
                byNamespace.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Found> out = new ArrayList<>();
        for (Map.Entry<String, List<ProcessTable.Proc>> e : byNamespace.entrySet()) {
            List<ProcessTable.Proc> members = e.getValue();
            if (members.stream().anyMatch(p -> p.pid() == self)) {
                continue;
            }
            long pid = members.get(0).pid();
            List<String> known = identify(pid);
            String where = null;
            String namespace = null;
            String ours = known.stream().filter(namespaces::contains).findFirst().orElse(null);
            if (ours != null) {
                where = ours;
                namespace = ours;
            } else if (known.stream().anyMatch(n -> n.startsWith(NetnsNames.PREFIX) && !n.startsWith(names.prefix()))) {
                continue; // another lab's
            } else if (NetnsNames.isMarkOf(markInside(pid), lab)) {
                namespace = known.isEmpty() ? null : known.get(0);
                where = known.isEmpty() ? "a namespace of " + lab + " without a name (" + e.getKey() + ")"
                        : namespace + " (a namespace of " + lab + " under another name)";
            }
            if (where != null) {
                for (ProcessTable.Proc p : members) {
                    out.add(new Found(p, where, namespace));
                }
            }
        }
        return out;
    }

    /** The names {@code ip netns identify} gives the namespace of {@code pid} (none for one without a name). */
    private List<String> identify(long pid) {
        CommandResult r = runner.run(Command.of("ip", "netns", "identify", Long.toString(pid)).withTimeout(SHORT));
        return r.ok() ? Arrays.stream(r.stdout().strip().split("\\s+")).filter(s -> !s.isEmpty()).toList() : List.of();
    }

    /** The labforge mark on lo, read from inside the namespace of {@code pid}; null when there is none. */
    private String markInside(long pid) {
        CommandResult r = runner.run(Command.of("nsenter", "-t", Long.toString(pid), "-n", "ip", "-o", "link", "show", "dev", "lo")
                .withTimeout(SHORT));
        return r.ok() ? NetnsDestroyer.markIn(r.stdout()) : null;
    }
}
