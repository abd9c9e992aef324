package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Progress;
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
 * prefix (lab {@code a} vs lab {@code a-b}). Every process in the lab's namespaces is killed first
 * ({@link NamespaceProcesses}: the daemons, whatever `lab exec` left running, also in a namespace that lost
 * its name or got another), and the daemons that may have lost their namespace are found by pid file and by
 * command line ({@code -N <ns>}, a path under the lab's run dir). Then the namespaces go, then the files.
 * Each step tells the progress what it removed.
 */
final class NetnsDestroyer {
    static final Set<String> DAEMONS = ProcessSweep.DAEMONS;
    private static final Pattern ALTNAME = Pattern.compile("altname ([^\\s\\\\]+)");
    private static final Duration SHORT = Duration.ofSeconds(10);
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

    /** What destroy decided, for the caller's report and for tests; {@code stopped} describes each killed process. */
    record Outcome(List<String> deletedNamespaces, List<Long> killed, List<String> leftAlone, List<String> stopped,
            List<String> removedFiles) {
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

        progress.step("stopping processes");
        List<String> stopped = new ArrayList<>();
        List<Long> killed = new ProcessSweep(runner, paths, procs).stop(ref.name(), all, ours, stopped);
        if (!stopped.isEmpty()) {
            progress.step("stopped " + stopped.size() + " process" + (stopped.size() == 1 ? "" : "es") + ": "
                    + ProcessSweep.summary(stopped));
        }
        progress.step("deleting namespaces");
        if (!ours.isEmpty()) {
            // -force: keep going after a namespace that vanished meanwhile.
            runner.run(Command.of("ip", "-force", "-batch", "-")
                    .withStdin(String.join("\n", ours.stream().map(ns -> "netns delete " + ns).toList()) + "\n")
                    .withTimeout(SHORT));
            progress.step("deleted " + ours.size() + " namespace" + (ours.size() == 1 ? "" : "s") + " (" + names.prefix() + "*)");
        }
        progress.step("removing files");
        List<String> removed = new ArrayList<>();
        deleteTree(paths.labDir(ref.name()), removed);
        for (String ns : all) {
            deleteTree(paths.frrRunDir(ns), removed);
            deleteTree(paths.frrEtcDir(ns), removed);
        }
        if (!removed.isEmpty()) {
            progress.step("removed " + String.join(", ", removed));
        }
        if (!leftAlone.isEmpty()) {
            progress.step("left alone (not provably this lab's): " + String.join(", ", leftAlone)
                    + "; if one is a leftover of this lab, remove it with `ip netns delete <name>`");
        }
        return new Outcome(ours, killed, leftAlone, stopped, removed);
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

    static String markIn(String linkLine) {
        Matcher m = ALTNAME.matcher(linkLine);
        while (m.find()) {
            if (m.group(1).startsWith(NetnsNames.MARK_PREFIX)) {
                return m.group(1);
            }
        }
        return null;
    }

    static void deleteTree(Path root) {
        deleteTree(root, new ArrayList<>());
    }

    /** Removes {@code root} and what is under it; {@code removed} gets it when it was there. */
    static void deleteTree(Path root, List<String> removed) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        removed.add(root.toString());
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
}
