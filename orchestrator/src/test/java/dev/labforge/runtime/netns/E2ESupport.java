package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shared by the netns end-to-end tests ({@link dev.labforge.testing.E2E}): a renamed copy of the seed fixture and
 * leftover checks.
 */
final class E2ESupport {
    private E2ESupport() {
    }

    /**
     * The seed fixture under another lab name, so the tests never collide with someone running the real
     * seed lab (calico-bgp-lb) on this machine.
     */
    static Path seedCopy(Path parent, String lab) throws IOException {
        Path src = RenderedLabReaderTest.SEED;
        Path dst = parent.resolve(lab);
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    String text = Files.readString(p);
                    Files.writeString(t, text.replace("name: calico-bgp-lb", "name: " + lab).replace("lab: calico-bgp-lb", "lab: " + lab));
                }
            }
        }
        return dst.toAbsolutePath();
    }

    static List<String> namespacesWithPrefix(String prefix) {
        String out = new ProcessCommandRunner().run(Command.of("ip", "netns", "list")).stdout();
        return out.lines().map(l -> l.split("\\s+")[0]).filter(n -> n.startsWith(prefix)).toList();
    }

    /** bird/zebra/bgpd processes started with a file of this lab (every daemon gets its config from the lab dir). */
    static List<ProcessTable.Proc> daemonsOf(String lab) {
        String dir = NetnsPaths.system().labDir(lab) + "/";
        return ProcessTable.procfs().list().stream()
                .filter(p -> NetnsDestroyer.DAEMONS.contains(p.comm()))
                .filter(p -> p.argv().stream().anyMatch(a -> a.startsWith(dir)))
                .toList();
    }

    /** Every process in a network namespace (other than ours) whose lo carries the lab's mark, however it is named. */
    static List<ProcessTable.Proc> processesInNamespacesOf(String lab) {
        ProcessTable procs = ProcessTable.procfs();
        String host = procs.ownNetns();
        java.util.Map<String, Boolean> ours = new java.util.HashMap<>();
        ProcessCommandRunner runner = new ProcessCommandRunner();
        return procs.list().stream().filter(p -> p.netns() != null && !p.netns().equals(host))
                .filter(p -> ours.computeIfAbsent(p.netns(), ns -> {
                    var r = runner.run(Command.of("nsenter", "-t", Long.toString(p.pid()), "-n", "ip", "-o", "link", "show", "dev", "lo"));
                    return r.ok() && NetnsNames.isMarkOf(NetnsDestroyer.markIn(r.stdout()), lab);
                }))
                .toList();
    }

    /** Nothing of the lab is left: namespaces, daemons, processes in its namespaces, files. */
    static void assertNothingLeft(String lab, List<String> frrNamespaces) {
        NetnsNames names = new NetnsNames(lab);
        // A lab whose name extends this one shares the prefix; its namespaces carry its own mark.
        NetnsDestroyer marks = new NetnsDestroyer(new ProcessCommandRunner(), NetnsPaths.system(), ProcessTable.procfs());
        assertThat(namespacesWithPrefix(names.prefix()).stream().filter(ns -> {
            String mark = marks.markOf(ns);
            return mark == null || NetnsNames.isMarkOf(mark, lab);
        })).as("namespaces of " + lab).isEmpty();
        assertThat(daemonsOf(lab)).as("daemons of " + lab).isEmpty();
        assertThat(processesInNamespacesOf(lab)).as("processes in namespaces marked for " + lab + ", named or not").isEmpty();
        assertThat(NetnsPaths.system().labDir(lab)).doesNotExist();
        for (String ns : frrNamespaces) {
            assertThat(NetnsPaths.system().frrRunDir(ns)).doesNotExist();
            assertThat(NetnsPaths.system().frrEtcDir(ns)).doesNotExist();
        }
    }
}
