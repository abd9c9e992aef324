package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandRunner;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Deadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Stops every process of a lab before its namespaces go: the daemons found by pid file and command line (their
 * namespace may be gone already), and everything {@link NamespaceProcesses} finds inside the lab's namespaces.
 * All are killed at once (SIGKILL) and waited for.
 */
final class ProcessSweep {
    static final Set<String> DAEMONS = Set.of("bird", "zebra", "bgpd", "watchfrr", "staticd");
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final Await GONE = Await.every(Duration.ofMillis(20));

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final ProcessTable procs;

    ProcessSweep(CommandRunner runner, NetnsPaths paths, ProcessTable procs) {
        this.runner = runner;
        this.paths = paths;
        this.procs = procs;
    }

    /**
     * Kills every process of the lab and waits until they are gone; returns their pids. {@code ours} grows by the
     * lab's namespaces found under another name (they are deleted too); {@code stopped} gets a description of each.
     */
    List<Long> stop(String lab, Set<String> namespaces, List<String> ours, List<String> stopped) {
        String labDir = paths.labDir(lab).toString() + "/";
        Set<Long> fromPidFiles = new LinkedHashSet<>();
        for (String ns : namespaces) {
            for (String d : List.of("zebra", "bgpd", "staticd", "watchfrr")) {
                readPid(paths.frrPid(ns, d)).ifPresent(fromPidFiles::add);
            }
        }
        try (Stream<Path> s = Files.isDirectory(paths.labDir(lab)) ? Files.list(paths.labDir(lab)) : Stream.empty()) {
            s.filter(p -> p.getFileName().toString().endsWith(".pid")).forEach(p -> readPid(p).ifPresent(fromPidFiles::add));
        } catch (IOException ignored) {
            // No run dir: the scans below still find the daemons.
        }
        List<ProcessTable.Proc> all = procs.list();
        Map<Long, String> victims = new LinkedHashMap<>();
        // Daemons whose namespace may be gone already: by pid file and command line.
        for (ProcessTable.Proc p : all) {
            if (DAEMONS.contains(p.comm()) && (fromPidFiles.contains(p.pid()) || belongs(p.argv(), namespaces, labDir))) {
                victims.put(p.pid(), p.comm());
            }
        }
        // Everything inside the lab's namespaces, by whatever name they go now.
        for (NamespaceProcesses.Found f : new NamespaceProcesses(runner, procs).of(lab, namespaces, all)) {
            String comm = f.proc().comm();
            victims.putIfAbsent(f.proc().pid(), DAEMONS.contains(comm) ? comm : comm + " (pid " + f.proc().pid() + " in " + f.where() + ")");
            if (f.namespace() != null && !ours.contains(f.namespace()) && !namespaces.contains(f.namespace())) {
                ours.add(f.namespace());
            }
        }
        List<Long> pids = List.copyOf(victims.keySet());
        if (pids.isEmpty()) {
            return pids;
        }
        // Their namespaces go next, so a polite shutdown (FRR takes 1-2 s, 200 BIRDs withdrawing routes about
        // as long) would change nothing: KILL at once, then wait until they are gone.
        signal("-KILL", pids);
        awaitGone(pids, Duration.ofSeconds(2));
        stopped.addAll(victims.values());
        return pids;
    }

    /** A daemon command line of this lab: FRR's {@code -N <ns>} or any file under the lab's run dir. */
    static boolean belongs(List<String> argv, Set<String> namespaces, String labDirWithSlash) {
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if ((a.equals("-N") || a.equals("--pathspace")) && i + 1 < argv.size() && namespaces.contains(argv.get(i + 1))) {
                return true;
            }
            if (a.startsWith(labDirWithSlash)) {
                return true;
            }
        }
        return false;
    }

    private void signal(String sig, List<Long> pids) {
        List<String> argv = new ArrayList<>(List.of("kill", sig));
        pids.forEach(p -> argv.add(Long.toString(p)));
        runner.run(Command.of(argv).withTimeout(SHORT));
    }

    private static java.util.Optional<Long> readPid(Path file) {
        try {
            String s = Files.readString(file).strip();
            return s.matches("\\d{1,9}") ? java.util.Optional.of(Long.parseLong(s)) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** "bird ×4, bgpd, zebra, sleep (pid 4711 in clab-x-k01-worker)": daemons counted, anything else named with where. */
    static String summary(List<String> stopped) {
        Map<String, Integer> daemons = new TreeMap<>();
        List<String> others = new ArrayList<>();
        for (String s : stopped) {
            if (DAEMONS.contains(s)) {
                daemons.merge(s, 1, Integer::sum);
            } else {
                others.add(s);
            }
        }
        List<String> parts = new ArrayList<>();
        daemons.forEach((d, n) -> parts.add(n == 1 ? d : d + " ×" + n));
        parts.addAll(others);
        return String.join(", ", parts);
    }

    /** Until every pid is gone or {@code grace} has passed; whoever is left is the caller's to handle. */
    private void awaitGone(List<Long> pids, Duration grace) {
        GONE.until("daemons to stop", Deadline.after(grace), () -> {
            long alive = pids.stream().filter(procs::alive).count();
            return alive == 0 ? Answer.done(true) : Answer.pending(alive + " still running");
        });
    }
}
