package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Progress;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Deadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes a lab with or without saved state. A namespace is this lab's when its lo carries the lab's
 * mark ({@code lf.<lab>}), or when it carries no mark and the saved state or the rendered folder names
 * it. A namespace marked by another lab is never touched, even if its name starts with this lab's
 * prefix (lab {@code a} vs lab {@code a-b}). Daemons are found by pid file, by command line
 * ({@code -N <ns>}, a path under the lab's run dir) and by {@code ip netns identify}.
 */
final class NetnsDestroyer {
    static final Set<String> DAEMONS = Set.of("bird", "zebra", "bgpd", "watchfrr", "staticd");
    private static final Pattern ALTNAME = Pattern.compile("altname ([^\\s\\\\]+)");
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final Await GONE = Await.every(Duration.ofMillis(20));
    /** Marks are read by up to this many batches at once, each with at least {@link #MARKS_PER_BATCH} namespaces. */
    private static final int MARK_BATCHES = 4;
    private static final int MARKS_PER_BATCH = 50;

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final ProcessTable procs;

    NetnsDestroyer(CommandRunner runner, NetnsPaths paths, ProcessTable procs) {
        this.runner = runner;
        this.paths = paths;
        this.procs = procs;
    }

    /** What destroy decided, for the caller's report and for tests. */
    record Outcome(List<String> deletedNamespaces, List<Long> killed, List<String> leftAlone) {
    }

    Outcome destroy(LabRef ref, List<String> namesFromFolder, Progress progress) {
        NetnsNames names = new NetnsNames(ref.name());
        Set<String> claimed = new LinkedHashSet<>();
        LabState.read(paths.stateFile(ref.name()), ref.name()).ifPresent(s -> s.members().forEach(m -> claimed.add(m.ns())));
        claimed.addAll(namesFromFolder);

        List<String> present = listNamespaces();
        List<String> ours = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        List<String> candidates = present.stream().filter(ns -> ns.startsWith(names.prefix())).toList();
        Map<String, String> marks = marksOf(candidates);
        for (String ns : candidates) {
            String mark = marks.get(ns);
            if (NetnsNames.isMarkOf(mark, ref.name()) || (mark == null && claimed.contains(ns))) {
                ours.add(ns);
            } else {
                leftAlone.add(ns + (mark == null ? " (no mark, not in this lab's state)" : " (marked " + mark + ")"));
            }
        }
        Set<String> all = new LinkedHashSet<>(ours);
        all.addAll(claimed.stream().filter(ns -> !present.contains(ns)).toList());

        progress.step("stopping daemons");
        List<Long> killed = killDaemons(ref.name(), all);
        progress.step("deleting namespaces");
        if (!ours.isEmpty()) {
            // -force: keep going after a namespace that vanished meanwhile.
            runner.run(Command.of("ip", "-force", "-batch", "-")
                    .withStdin(String.join("\n", ours.stream().map(ns -> "netns delete " + ns).toList()) + "\n")
                    .withTimeout(SHORT));
        }
        progress.step("removing files");
        deleteTree(paths.labDir(ref.name()));
        for (String ns : all) {
            deleteTree(paths.frrRunDir(ns));
            deleteTree(paths.frrEtcDir(ns));
        }
        if (!leftAlone.isEmpty()) {
            progress.step("left alone (not provably this lab's): " + String.join(", ", leftAlone)
                    + "; if one is a leftover of this lab, remove it with `ip netns delete <name>`");
        }
        return new Outcome(ours, killed, leftAlone);
    }

    List<String> listNamespaces() {
        CommandResult r = runner.run(Command.of("ip", "netns", "list").withTimeout(SHORT));
        List<String> out = new ArrayList<>();
        if (!r.ok()) {
            return out;
        }
        for (String line : r.stdout().split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The labforge mark of each namespace (absent when it has none), read by one {@code ip -batch} that runs
     * {@code ip -o link show dev lo} in each namespace in turn: one process instead of one per namespace
     * (a 200-node lab has 401). One line comes back per namespace; when the count does not match (a namespace
     * vanished meanwhile and the batch stopped) each is asked on its own.
     */
    Map<String, String> marksOf(List<String> namespaces) {
        Map<String, String> marks = new ConcurrentHashMap<>();
        if (namespaces.isEmpty()) {
            return marks;
        }
        // A few batches side by side: each namespace costs the batch a fork and an exec of ip.
        int size = Math.max(MARKS_PER_BATCH, (namespaces.size() + MARK_BATCHES - 1) / MARK_BATCHES);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < namespaces.size(); i += size) {
            chunks.add(namespaces.subList(i, Math.min(namespaces.size(), i + size)));
        }
        Parallel.forEach(chunks, chunk -> marksInto(marks, chunk));
        return marks;
    }

    private void marksInto(Map<String, String> marks, List<String> namespaces) {
        StringBuilder batch = new StringBuilder();
        namespaces.forEach(ns -> batch.append("netns exec ").append(ns).append(" ip -o link show dev lo\n"));
        CommandResult r = runner.run(Command.of("ip", "-batch", "-").withStdin(batch.toString()).withTimeout(SHORT));
        List<String> lines = r.stdout().lines().filter(l -> !l.isBlank()).toList();
        if (r.ok() && lines.size() == namespaces.size()) {
            for (int i = 0; i < lines.size(); i++) {
                String mark = markIn(lines.get(i));
                if (mark != null) {
                    marks.put(namespaces.get(i), mark);
                }
            }
            return;
        }
        for (String ns : namespaces) {
            String mark = markOf(ns);
            if (mark != null) {
                marks.put(ns, mark);
            }
        }
    }

    /** The labforge mark on lo of a namespace, or null. */
    String markOf(String ns) {
        CommandResult r = runner.run(Command.of("ip", "-n", ns, "-o", "link", "show", "dev", "lo").withTimeout(SHORT));
        return r.ok() ? markIn(r.stdout()) : null;
    }

    private static String markIn(String linkLine) {
        Matcher m = ALTNAME.matcher(linkLine);
        while (m.find()) {
            if (m.group(1).startsWith(NetnsNames.MARK_PREFIX)) {
                return m.group(1);
            }
        }
        return null;
    }

    private List<Long> killDaemons(String lab, Set<String> namespaces) {
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
            // No run dir: the scan below still finds the daemons.
        }
        List<Long> victims = new ArrayList<>();
        for (ProcessTable.Proc p : procs.list()) {
            if (!DAEMONS.contains(p.comm())) {
                continue;
            }
            if (fromPidFiles.contains(p.pid()) || belongs(p.argv(), namespaces, labDir) || namespaces.contains(identify(p.pid()))) {
                victims.add(p.pid());
            }
        }
        if (victims.isEmpty()) {
            return victims;
        }
        // Their namespaces go next, so a polite shutdown (FRR takes 1-2 s, 200 BIRDs withdrawing routes about
        // as long) would change nothing: KILL at once, then wait until they are gone.
        signal("-KILL", victims);
        awaitGone(victims, Duration.ofSeconds(2));
        return victims;
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

    private String identify(long pid) {
        CommandResult r = runner.run(Command.of("ip", "netns", "identify", Long.toString(pid)).withTimeout(SHORT));
        return r.ok() ? r.stdout().strip() : "";
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

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The machine's to fix (permissions, a busy mount), not a labforge bug: exit 3, with the manual step.
            throw new java.io.UncheckedIOException("cannot remove " + root + ": " + e.getMessage()
                    + " (remove it by hand: rm -rf " + root + ")", e);
        }
    }

    /** Until every pid is gone or {@code grace} has passed; whoever is left is the caller's to handle. */
    private void awaitGone(List<Long> pids, Duration grace) {
        GONE.until("daemons to stop", Deadline.after(grace), () -> {
            long alive = pids.stream().filter(procs::alive).count();
            return alive == 0 ? Answer.done(true) : Answer.pending(alive + " still running");
        });
    }
}
