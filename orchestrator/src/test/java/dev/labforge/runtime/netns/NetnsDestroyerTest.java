package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetnsDestroyerTest {
    private static final String LAB = "calico-bgp-lb";

    @TempDir
    Path tmp;

    /** A process table whose processes die when `kill` is run through the runner. */
    private static final class FakeProcs implements ProcessTable {
        final List<Proc> procs = new ArrayList<>();
        final Set<Long> dead = new HashSet<>();

        @Override
        public List<Proc> list() {
            return procs.stream().filter(p -> !dead.contains(p.pid())).toList();
        }

        @Override
        public boolean alive(long pid) {
            return !dead.contains(pid);
        }

        @Override
        public String ownNetns() {
            return "net:[1]";
        }
    }

    /** A runner whose `kill` kills in {@code procs}. */
    private static dev.labforge.exec.CommandRunner killing(ScriptedRunner runner, FakeProcs procs) {
        return cmd -> {
            var r = runner.run(cmd);
            if (cmd.argv().get(0).equals("kill")) {
                cmd.argv().subList(2, cmd.argv().size()).forEach(p -> procs.dead.add(Long.parseLong(p)));
            }
            return r;
        };
    }

    private NetnsPaths paths() {
        return new NetnsPaths(tmp.resolve("run"), tmp.resolve("frr-run"), tmp.resolve("frr-etc"), null);
    }

    private static ScriptedRunner namespaces(FakeProcs procs, String... names) {
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "list"), String.join(" (id: 1)\n", names) + "\n");
        return runner.on(List.of("kill"), "");
    }

    private static void mark(ScriptedRunner runner, String ns, String mark) {
        runner.on(List.of("ip", "-n", ns, "-o", "link", "show", "dev", "lo"),
                "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\"
                        + "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00" + (mark == null ? "" : "\\    altname " + mark) + "\n");
    }

    @Test
    void withoutStateDeletesOnlyNamespacesMarkedForThisLabNotThoseOfALabWithALongerName() {
        // given: our two namespaces, one of lab calico-bgp-lb-svc (same prefix) and an unmarked stranger
        FakeProcs procs = new FakeProcs();
        ScriptedRunner runner = namespaces(procs, "clab-calico-bgp-lb-ceos01", "clab-calico-bgp-lb-k01-worker",
                "clab-calico-bgp-lb-svc-k01-worker", "clab-calico-bgp-lb-stranger", "other-ns");
        mark(runner, "clab-calico-bgp-lb-ceos01", "lf.calico-bgp-lb");
        mark(runner, "clab-calico-bgp-lb-k01-worker", "lf.calico-bgp-lb");
        mark(runner, "clab-calico-bgp-lb-svc-k01-worker", "lf.calico-bgp-lb-svc");
        mark(runner, "clab-calico-bgp-lb-stranger", null);

        // when
        NetnsDestroyer.Outcome out = new NetnsDestroyer(runner, paths(), procs).destroy(new LabRef(LAB, null), List.of(),
                Progress.NONE);

        // then
        assertThat(out.deletedNamespaces()).containsExactly("clab-calico-bgp-lb-ceos01", "clab-calico-bgp-lb-k01-worker");
        assertThat(runner.commands()).anySatisfy(c -> {
            assertThat(c.argv()).containsExactly("ip", "-force", "-batch", "-");
            assertThat(c.stdin()).isEqualTo("netns delete clab-calico-bgp-lb-ceos01\nnetns delete clab-calico-bgp-lb-k01-worker\n");
        });
        assertThat(out.leftAlone()).containsExactly("clab-calico-bgp-lb-svc-k01-worker (marked lf.calico-bgp-lb-svc)",
                "clab-calico-bgp-lb-stranger (no mark, not in this lab's state)");
        assertThat(runner.argvs()).noneMatch(a -> a.contains("other-ns"));
    }

    @Test
    void marksAreReadByOneBatchThatVisitsEachNamespace() {
        // given: ip -batch answers one line per namespace, in order
        FakeProcs procs = new FakeProcs();
        ScriptedRunner runner = namespaces(procs, "clab-calico-bgp-lb-ceos01", "clab-calico-bgp-lb-svc-k01-worker");
        runner.on(List.of("ip", "-batch", "-"), "1: lo: <LOOPBACK,UP> mtu 65536\\    altname lf.calico-bgp-lb\n"
                + "1: lo: <LOOPBACK,UP> mtu 65536\\    altname lf.calico-bgp-lb-svc\n");

        // when
        NetnsDestroyer.Outcome out = new NetnsDestroyer(runner, paths(), procs).destroy(new LabRef(LAB, null), List.of(),
                Progress.NONE);

        // then
        assertThat(out.deletedNamespaces()).containsExactly("clab-calico-bgp-lb-ceos01");
        assertThat(runner.commands()).anySatisfy(c -> {
            assertThat(c.argv()).containsExactly("ip", "-batch", "-");
            assertThat(c.stdin()).isEqualTo("netns exec clab-calico-bgp-lb-ceos01 ip -o link show dev lo\n"
                    + "netns exec clab-calico-bgp-lb-svc-k01-worker ip -o link show dev lo\n");
        });
        assertThat(runner.argvs()).noneMatch(a -> a.contains("-n"));
    }

    @Test
    void unmarkedNamespacesListedInTheStateAreDeletedButAnotherLabsMarkWinsOverTheState() {
        // given: deploy died after `netns add` and before marking; the state lists both names
        FakeProcs procs = new FakeProcs();
        new LabState(LAB, null, List.of(new Member("router", "ceos01", "clab-calico-bgp-lb-ceos01"),
                new Member("node", "svc-k01-worker", "clab-calico-bgp-lb-svc-k01-worker"))).write(paths().stateFile(LAB));
        ScriptedRunner runner = namespaces(procs, "clab-calico-bgp-lb-ceos01", "clab-calico-bgp-lb-svc-k01-worker");
        mark(runner, "clab-calico-bgp-lb-ceos01", null);
        mark(runner, "clab-calico-bgp-lb-svc-k01-worker", "lf.calico-bgp-lb-svc");

        // when
        NetnsDestroyer.Outcome out = new NetnsDestroyer(runner, paths(), procs).destroy(new LabRef(LAB, null), List.of(),
                Progress.NONE);

        // then
        assertThat(out.deletedNamespaces()).containsExactly("clab-calico-bgp-lb-ceos01");
        assertThat(Files.exists(paths().labDir(LAB))).isFalse();
    }

    @Test
    void killsDaemonsFoundByPidFileCommandLineAndNamespaceButNotOtherLabsOrOtherPrograms() throws Exception {
        // given
        NetnsPaths paths = paths();
        Files.createDirectories(paths.labDir(LAB));
        Files.writeString(paths.birdPid(LAB, "k01-worker"), "101\n");
        Files.createDirectories(paths.frrRunDir("clab-calico-bgp-lb-ceos01"));
        Files.writeString(paths.frrPid("clab-calico-bgp-lb-ceos01", "zebra"), "102");
        Files.createDirectories(paths.frrEtcDir("clab-calico-bgp-lb-ceos01"));
        FakeProcs procs = new FakeProcs();
        String otherLabDir = paths.labDir("calico-bgp-lb-svc").toString();
        procs.procs.addAll(List.of(
                new ProcessTable.Proc(101, "bird", List.of("bird", "-c", "/elsewhere.conf")),
                new ProcessTable.Proc(102, "zebra", List.of("/usr/lib/frr/zebra", "-d")),
                new ProcessTable.Proc(103, "bgpd", List.of("/usr/lib/frr/bgpd", "-d", "-N", "clab-calico-bgp-lb-ceos01")),
                new ProcessTable.Proc(104, "bird", List.of("bird", "-s", paths.labDir(LAB) + "/k01-worker2.ctl")),
                new ProcessTable.Proc(105, "bird", List.of("bird", "-c", "/tmp/x.conf")),
                new ProcessTable.Proc(106, "bird", List.of("bird", "-s", otherLabDir + "/k01-worker.ctl")),
                new ProcessTable.Proc(107, "bgpd", List.of("/usr/lib/frr/bgpd", "-N", "clab-calico-bgp-lb-svc-ceos01")),
                new ProcessTable.Proc(108, "sleep", List.of("sleep", "-N", "clab-calico-bgp-lb-ceos01"))));
        ScriptedRunner runner = namespaces(procs, "clab-calico-bgp-lb-ceos01", "clab-calico-bgp-lb-k01-worker3");
        mark(runner, "clab-calico-bgp-lb-ceos01", "lf.calico-bgp-lb");
        mark(runner, "clab-calico-bgp-lb-k01-worker3", "lf.calico-bgp-lb");
        runner.on(List.of("ip", "netns", "identify", "105"), "clab-calico-bgp-lb-k01-worker3\n");
        runner.on(List.of("kill", "-KILL"), "");
        NetnsDestroyer destroyer = new NetnsDestroyer(cmd -> {
            var r = runner.run(cmd);
            if (cmd.argv().get(0).equals("kill")) {
                cmd.argv().subList(2, cmd.argv().size()).forEach(p -> procs.dead.add(Long.parseLong(p)));
            }
            return r;
        }, paths, procs);

        // when
        NetnsDestroyer.Outcome out = destroyer.destroy(new LabRef(LAB, null), List.of(), Progress.NONE);

        // then
        assertThat(out.killed()).containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L);
        assertThat(runner.argvs()).filteredOn(a -> a.get(0).equals("kill"))
                .containsExactly(List.of("kill", "-KILL", "101", "102", "103", "104", "105"));
        assertThat(Files.exists(paths.frrRunDir("clab-calico-bgp-lb-ceos01"))).isFalse();
        assertThat(Files.exists(paths.frrEtcDir("clab-calico-bgp-lb-ceos01"))).isFalse();
        assertThat(Files.exists(paths.labDir(LAB))).isFalse();
    }

    @Test
    void killsEveryProcessInsideTheLabsNamespacesUnderWhateverNameButNoOneElses() {
        // given: what `lab exec ... -- sh -c 'sleep 321 &'` leaves in a node, a shell in a namespace of the lab that
        // lost its name (an older down deleted it while the shell held it), a tcpdump in one renamed by hand,
        // a lab with a longer name, a container's namespace, and the host's own processes
        FakeProcs procs = new FakeProcs();
        procs.procs.addAll(List.of(
                new ProcessTable.Proc(201, "sleep", List.of("sleep", "321"), "net:[11]"),
                new ProcessTable.Proc(202, "sh", List.of("sh"), "net:[12]"),
                new ProcessTable.Proc(203, "tcpdump", List.of("tcpdump", "-i", "eth1"), "net:[13]"),
                new ProcessTable.Proc(204, "sleep", List.of("sleep", "999"), "net:[14]"),
                new ProcessTable.Proc(205, "nginx", List.of("nginx"), "net:[15]"),
                new ProcessTable.Proc(206, "sshd", List.of("sshd"), "net:[1]"),
                new ProcessTable.Proc(207, "sleep", List.of("sleep", "5"), "net:[11]")));
        ScriptedRunner runner = namespaces(procs, "clab-calico-bgp-lb-k01-worker", "by-hand", "clab-calico-bgp-lb-svc-k01");
        mark(runner, "clab-calico-bgp-lb-k01-worker", "lf.calico-bgp-lb");
        mark(runner, "clab-calico-bgp-lb-svc-k01", "lf.calico-bgp-lb-svc");
        runner.on(List.of("ip", "netns", "identify", "201"), "clab-calico-bgp-lb-k01-worker\n");
        runner.on(List.of("ip", "netns", "identify", "203"), "by-hand\n");
        runner.on(List.of("ip", "netns", "identify", "204"), "clab-calico-bgp-lb-svc-k01\n");
        String lo = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN\\    link/loopback 00:00:00:00:00:00";
        runner.on(List.of("nsenter", "-t", "202"), lo + "\\    altname lf.calico-bgp-lb\n");
        runner.on(List.of("nsenter", "-t", "203"), lo + "\\    altname lf.calico-bgp-lb\n");
        runner.on(List.of("nsenter", "-t", "204"), lo + "\\    altname lf.calico-bgp-lb-svc\n");
        runner.on(List.of("nsenter", "-t", "205"), lo + "\n");
        List<String> said = new ArrayList<>();

        // when
        NetnsDestroyer.Outcome out = new NetnsDestroyer(killing(runner, procs), paths(), procs)
                .destroy(new LabRef(LAB, null), List.of(), said::add);

        // then: the lab's four processes are gone, the renamed namespace with them, and down says what it stopped
        assertThat(out.killed()).containsExactly(201L, 207L, 202L, 203L);
        assertThat(out.deletedNamespaces()).containsExactly("clab-calico-bgp-lb-k01-worker", "by-hand");
        assertThat(said).anySatisfy(l -> assertThat(l).isEqualTo("stopped 4 processes: sleep (pid 201 in clab-calico-bgp-lb-k01-worker), "
                + "sleep (pid 207 in clab-calico-bgp-lb-k01-worker), sh (pid 202 in a namespace of calico-bgp-lb without a name (net:[12])), "
                + "tcpdump (pid 203 in by-hand (a namespace of calico-bgp-lb under another name))"));
        assertThat(said).contains("deleted 2 namespaces (clab-calico-bgp-lb-*)");
        // one look per namespace, none at the host's
        assertThat(runner.argvs()).filteredOn(a -> a.get(0).equals("ip") && a.contains("identify"))
                .extracting(a -> a.get(3)).containsExactly("201", "202", "203", "204", "205");
    }

    @Test
    void stateRoundTripsAndDropsLinesOutsideTheLabsPrefix() throws Exception {
        // given
        Path file = paths().stateFile(LAB);
        new LabState(LAB, Path.of("/tmp/a folder/out"), List.of(new Member("node", "k01-worker", "clab-calico-bgp-lb-k01-worker")))
                .write(file);
        Files.writeString(file, Files.readString(file) + "member node evil clab-other-lab-x\nmember node evil2 /etc\n");

        // when
        LabState state = LabState.read(file, LAB).orElseThrow();

        // then
        assertThat(state.dir()).isEqualTo(Path.of("/tmp/a folder/out"));
        assertThat(state.members()).containsExactly(new Member("node", "k01-worker", "clab-calico-bgp-lb-k01-worker"));
    }

    @Test
    void destroyingALabThatIsNotThereDoesNothingAndSucceeds() {
        // given
        FakeProcs procs = new FakeProcs();
        ScriptedRunner runner = namespaces(procs, "unrelated");

        // when
        NetnsDestroyer.Outcome out = new NetnsDestroyer(runner, paths(), procs).destroy(new LabRef(LAB, null), List.of(),
                Progress.NONE);

        // then
        assertThat(out.deletedNamespaces()).isEmpty();
        assertThat(out.killed()).isEmpty();
        assertThat(runner.argvs()).containsExactly(List.of("ip", "netns", "list"));
    }
}
