package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import dev.labforge.runtime.netns.config.CalicoBirdConfig;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import dev.labforge.runtime.netns.config.NodeFacts;
import dev.labforge.workflow.PlanningRuntime;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded runtime: a lab out of Linux network namespaces on this machine, with real FRR (zebra +
 * bgpd) as the ToR and one BIRD 1.6 per Kubernetes node, built from the rendered files only.
 * Namespace and interface naming: see {@link NetnsNames}; batches: {@link NetnsFabric}; removal:
 * {@link NetnsDestroyer}. Every process goes through the {@link CommandRunner}.
 */
public final class NetnsRuntime implements Runtime, PlanningRuntime {
    static final String FRR_DIR = "/usr/lib/frr";
    static final String INSTALL_FIX = "apt-get install -y frr bird iproute2 iputils-ping";
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final Pattern INET = Pattern.compile("inet (\\S+)");

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final ProcessTable procs;

    public NetnsRuntime() {
        this(new ProcessCommandRunner(), NetnsPaths.system(), ProcessTable.procfs());
    }

    /** The runtime on this machine's real paths, running commands through {@code runner} (the runtime registry's factory). */
    public NetnsRuntime(CommandRunner runner) {
        this(runner, NetnsPaths.system(), ProcessTable.procfs());
    }

    public NetnsRuntime(CommandRunner runner, NetnsPaths paths, ProcessTable procs) {
        this.runner = runner;
        this.paths = paths;
        this.procs = procs;
    }

    @Override
    public String id() {
        return "netns";
    }

    // ---------------------------------------------------------------- preflight

    @Override
    public List<PreflightCheck> preflight(RenderedLab lab) {
        List<PreflightCheck> out = new ArrayList<>();
        CommandResult id = runner.run(Command.of("id", "-u").withTimeout(SHORT));
        out.add(id.ok() && id.stdout().strip().equals("0")
                ? PreflightCheck.pass("running as root", "uid 0")
                : PreflightCheck.fail("running as root", "network namespaces and routing daemons need root (uid is "
                        + (id.ok() ? id.stdout().strip() : "unknown") + ")", "run as root, e.g. sudo lab up ..."));
        out.add(toolCheck("ip (iproute2)", List.of("ip", "-V")));
        for (String daemon : List.of("zebra", "bgpd")) {
            Path p = Path.of(FRR_DIR, daemon);
            out.add(Files.isExecutable(p) ? PreflightCheck.pass("FRR " + daemon, p.toString())
                    : PreflightCheck.fail("FRR " + daemon, p + " is missing", INSTALL_FIX));
        }
        for (String tool : List.of("vtysh", "bird", "birdc", "ping")) {
            Optional<Path> p = onPath(tool);
            out.add(p.isPresent() ? PreflightCheck.pass(tool, p.get().toString())
                    : PreflightCheck.fail(tool, tool + " is not on PATH", INSTALL_FIX));
        }
        return out;
    }

    private PreflightCheck toolCheck(String what, List<String> argv) {
        CommandResult r = runner.run(Command.of(argv).withTimeout(SHORT));
        return r.ok() ? PreflightCheck.pass(what, r.stdout().strip())
                : PreflightCheck.fail(what, "`" + String.join(" ", argv) + "` failed: " + r.tail(1), INSTALL_FIX);
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Optional.of(Path.of(dir, tool));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- deploy

    @Override
    public void deploy(RenderedLab lab, Duration timeout, Progress progress) {
        Deadline deadline = new Deadline(timeout);
        NetnsFabric fabric = fabricOf(lab.dir(), lab.name());
        refuseIfPresent(fabric);
        build(fabric, lab.dir(), deadline, progress, new RealEffects());
    }

    /** What deploy would do, in order, without doing it (`lab up --dry-run`): commands with their batch lines, files. */
    @Override
    public List<String> plan(RenderedLab lab, Duration timeout) {
        PlanEffects fx = new PlanEffects();
        build(fabricOf(lab.dir(), lab.name()), lab.dir(), new Deadline(timeout), Progress.NONE, fx);
        return List.copyOf(fx.lines);
    }

    private void build(NetnsFabric fabric, Path dir, Deadline deadline, Progress progress, Effects fx) {
        String name = fabric.plan().lab();
        CommandRunner run = fx.runner();
        // Write-ahead: destroy must find every namespace even if we die right after creating it.
        fx.writeState(new LabState(name, dir, fabric.members()));

        step(progress, deadline, "namespaces");
        IpBatch.run(run, "namespaces", null, fabric.namespaceBatch(), deadline.cap(SHORT));
        fx.forEach(fabric.members(), m -> IpBatch.run(run, "namespaces", m.ns(), fabric.markBatch(), deadline.cap(SHORT)));

        step(progress, deadline, "links");
        IpBatch.run(run, "links", null, fabric.fabricLinkBatch(), deadline.cap(SHORT));
        List<Runnable> links = new ArrayList<>();
        links.add(() -> IpBatch.run(run, "links", fabric.torNs(), fabric.torBatch(), deadline.cap(SHORT)));
        for (NodePlan n : fabric.plan().nodes()) {
            links.add(() -> IpBatch.run(run, "links", fabric.nodeNs(n.name()), fabric.nodeBatch(n), deadline.cap(SHORT)));
        }
        fx.forEach(links, Runnable::run);
        sysctls(fx, "links", fabric.forwardingSysctls(), deadline);

        // Daemons start side by side; BIRD retries its connection until bgpd listens.
        step(progress, deadline, "router");
        startFrr(fx, fabric, deadline);

        step(progress, deadline, "bird");
        startBird(fx, fabric, deadline);
        List<Runnable> waits = new ArrayList<>();
        waits.add(() -> fx.await("router", deadline, "vtysh -N " + fabric.torNs(),
                Command.of("vtysh", "-N", fabric.torNs(), "-c", "show bgp summary json")));
        for (NodePlan n : fabric.plan().nodes()) {
            waits.add(() -> fx.await("bird", deadline, "birdc on " + n.name(),
                    Command.of("birdc", "-s", paths.birdSocket(name, n.name()).toString(), "show", "status")));
        }
        fx.forEach(waits, Runnable::run);

        step(progress, deadline, "pods");
        IpBatch.run(run, "pods", null, fabric.podLinkBatch(), deadline.cap(SHORT));
        List<Runnable> pods = new ArrayList<>();
        for (PodPlan p : fabric.plan().pods()) {
            pods.add(() -> IpBatch.run(run, "pods", fabric.podNs(p), fabric.podBatch(p), deadline.cap(SHORT)));
        }
        for (NodePlan n : fabric.plan().nodes()) {
            pods.add(() -> IpBatch.run(run, "pods", fabric.nodeNs(n.name()), fabric.nodePodBatch(n.name()), deadline.cap(SHORT)));
        }
        fx.forEach(pods, Runnable::run);
        sysctls(fx, "pods", fabric.podSysctls(), deadline);
    }

    private static void step(Progress progress, Deadline deadline, String step) {
        deadline.check(step);
        progress.step(step);
    }

    /** Reads the rendered folder; translation problems become deploy errors naming the folder. */
    static NetnsFabric fabricOf(Path dir, String expectedName) {
        if (dir == null) {
            throw new DeployException("no rendered folder given; the netns runtime builds the lab from `lab render` output");
        }
        EmulationPlan plan;
        try {
            plan = RenderedLabReader.read(dir);
        } catch (NetnsConfigException e) {
            throw new DeployException("reading the rendered lab in " + dir + ": " + e.getMessage(), e);
        }
        if (expectedName != null && !plan.lab().equals(expectedName)) {
            throw new DeployException(dir + "/topology.clab.yaml names the lab " + plan.lab() + ", not " + expectedName
                    + "; re-render the lab");
        }
        return new NetnsFabric(plan);
    }

    private void refuseIfPresent(NetnsFabric fabric) {
        List<String> present = new NetnsDestroyer(runner, paths, procs).listNamespaces();
        List<String> clash = fabric.members().stream().map(Member::ns).filter(present::contains).toList();
        if (!clash.isEmpty() || Files.exists(paths.stateFile(fabric.plan().lab()))) {
            throw new LabAlreadyUpException("lab " + fabric.plan().lab() + " is already up (or something with its names is there: "
                    + (clash.isEmpty() ? "state in " + paths.labDir(fabric.plan().lab())
                    : clash.size() + " namespace(s), e.g. " + clash.get(0)) + "); nothing was changed. "
                    + "Re-check it with `lab verify`, or run `lab down` first to deploy it afresh");
        }
    }

    private static void sysctls(Effects fx, String step, Map<String, List<String>> byNs, Deadline deadline) {
        fx.forEach(List.copyOf(byNs.entrySet()), e -> {
            List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", e.getKey(), "sysctl", "-q", "-w"));
            argv.addAll(e.getValue());
            CommandResult r = fx.runner().run(Command.of(argv).withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step " + step + ": sysctl in namespace " + e.getKey() + " failed: " + r.tail(3));
            }
        });
    }

    private void startFrr(Effects fx, NetnsFabric fabric, Deadline deadline) {
        String ns = fabric.torNs();
        Path conf = paths.frrConf(fabric.plan().lab(), fabric.plan().tor().name());
        try {
            fx.writeFile(conf, fabric.plan().router().frrConf());
            fx.prepareFrrDirs(ns);
        } catch (IOException e) {
            throw new DeployException("step router: cannot prepare FRR files for " + ns + ": " + e.getMessage(), e);
        }
        for (String daemon : List.of("zebra", "bgpd")) {
            CommandResult r = fx.runner().run(Command.of("ip", "netns", "exec", ns, FRR_DIR + "/" + daemon, "-d", "-N", ns,
                    "-f", conf.toString(), "-i", paths.frrPid(ns, daemon).toString(),
                    "--log", "file:" + paths.frrLog(fabric.plan().lab(), fabric.plan().tor().name(), daemon))
                    .withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step router: " + daemon + " did not start in " + ns + " with " + conf + ": "
                        + r.tail(5));
            }
        }
    }

    private void startBird(Effects fx, NetnsFabric fabric, Deadline deadline) {
        String lab = fabric.plan().lab();
        List<NodeFacts> facts = fabric.plan().nodeFacts();
        fx.forEach(facts, node -> {
            Path socket = paths.birdSocket(lab, node.name());
            if (socket.toString().length() > NetnsPaths.MAX_SOCKET_PATH) {
                throw new DeployException("step bird: control socket path " + socket + " is longer than a unix socket allows"
                        + " (107 bytes); shorten the lab or node name");
            }
            String conf;
            try {
                conf = CalicoBirdConfig.render(fabric.plan().calico(), node, facts);
            } catch (RuntimeException e) {
                throw new DeployException("step bird: cannot render bird.conf for " + node.name() + ": " + e.getMessage(), e);
            }
            Path file = paths.birdConf(lab, node.name());
            try {
                fx.writeFile(file, conf);
            } catch (IOException e) {
                throw new DeployException("step bird: cannot write " + file + ": " + e.getMessage(), e);
            }
            String ns = fabric.nodeNs(node.name());
            CommandResult r = fx.runner().run(Command.of("ip", "netns", "exec", ns, "bird", "-c", file.toString(), "-s",
                    socket.toString(), "-P", paths.birdPid(lab, node.name()).toString()).withTimeout(deadline.cap(SHORT)));
            if (!r.ok()) {
                throw new DeployException("step bird: bird did not start on " + node.name() + " with " + file + ": " + r.tail(5));
            }
        });
    }

    /** The side effects of a deploy: real ones, or a recorded plan. */
    private interface Effects {
        CommandRunner runner();

        <T> void forEach(List<T> items, Consumer<T> work);

        void writeState(LabState state);

        /** A file daemons read (they may run as another user: world-readable). */
        void writeFile(Path file, String text) throws IOException;

        /** FRR's per-namespace dirs: the run dir owned by frr, and an (empty) vtysh.conf. */
        void prepareFrrDirs(String ns) throws IOException;

        /** Polls a command until it succeeds or the deadline passes. */
        void await(String step, Deadline deadline, String what, Command command);
    }

    private final class RealEffects implements Effects {
        @Override
        public CommandRunner runner() {
            return runner;
        }

        @Override
        public <T> void forEach(List<T> items, Consumer<T> work) {
            Parallel.forEach(items, work);
        }

        @Override
        public void writeState(LabState state) {
            state.write(paths.stateFile(state.lab()));
        }

        @Override
        public void writeFile(Path file, String text) throws IOException {
            writeReadable(file, text);
        }

        @Override
        public void prepareFrrDirs(String ns) throws IOException {
            Path run = paths.frrRunDir(ns);
            Files.createDirectories(run);
            if (paths.frrUser() != null) {
                ownBy(run, paths.frrUser());
            }
            Path etc = paths.frrEtcDir(ns);
            Files.createDirectories(etc);
            Path vtysh = etc.resolve("vtysh.conf");
            if (!Files.exists(vtysh)) {
                Files.writeString(vtysh, "");
            }
        }

        @Override
        public void await(String step, Deadline deadline, String what, Command command) {
            CommandResult last = null;
            while (!deadline.remaining().isZero()) {
                last = runner.run(command.withTimeout(deadline.cap(Duration.ofSeconds(5))));
                if (last.ok()) {
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeployException("step " + step + ": interrupted while waiting for " + what, e);
                }
            }
            throw new DeployException("step " + step + ": " + what + " did not answer before the deadline"
                    + (last == null ? "" : "; last output: " + last.tail(3)));
        }
    }

    /** Records instead of acting; sequential so the plan reads in a stable order. */
    private final class PlanEffects implements Effects {
        final List<String> lines = new ArrayList<>();
        private final CommandRunner recorder = command -> {
            String stdin = command.stdin() == null ? "" : "\n" + command.stdin().stripTrailing().indent(6).stripTrailing();
            lines.add(command.display() + stdin);
            return new CommandResult(command, 0, "", "", Duration.ZERO, false);
        };

        @Override
        public CommandRunner runner() {
            return recorder;
        }

        @Override
        public <T> void forEach(List<T> items, Consumer<T> work) {
            items.forEach(work);
        }

        @Override
        public void writeState(LabState state) {
            lines.add("write " + paths.stateFile(state.lab()) + " (" + state.members().size() + " namespaces, before any exists)");
        }

        @Override
        public void writeFile(Path file, String text) {
            lines.add("write " + file + " (" + text.lines().count() + " lines)");
        }

        @Override
        public void prepareFrrDirs(String ns) {
            lines.add("mkdir " + paths.frrRunDir(ns) + " (owner " + paths.frrUser() + ") and " + paths.frrEtcDir(ns) + "/vtysh.conf");
        }

        @Override
        public void await(String step, Deadline deadline, String what, Command command) {
            lines.add(command.display() + "   (repeated until it answers)");
        }
    }

    private static synchronized void writeReadable(Path file, String text) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        // FRR reads its config after dropping to user frr: the lab dir and files must be world-readable.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void ownBy(Path dir, String user) throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        try {
            view.setOwner(users.lookupPrincipalByName(user));
            GroupPrincipal group = users.lookupPrincipalByGroupName(user);
            view.setGroup(group);
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            throw new DeployException("step router: user " + user + " does not exist, so FRR cannot run; " + INSTALL_FIX, e);
        }
    }

    // ---------------------------------------------------------------- destroy

    @Override
    public void destroy(LabRef lab, Progress progress) {
        List<String> fromFolder = List.of();
        if (lab.dir() != null) {
            try {
                fromFolder = fabricOf(lab.dir(), lab.name()).members().stream().map(Member::ns).toList();
            } catch (RuntimeException unreadable) {
                // The folder may be gone or edited: the state file and the marks still find everything.
            }
        }
        new NetnsDestroyer(runner, paths, procs).destroy(lab, fromFolder, progress);
    }

    // ---------------------------------------------------------------- inspect / exec

    /** The lab's members from saved state, else from the rendered folder; empty when neither exists. */
    private List<Member> members(LabRef lab) {
        Optional<LabState> state = LabState.read(paths.stateFile(lab.name()), lab.name());
        if (state.isPresent()) {
            return state.get().members();
        }
        if (lab.dir() != null) {
            try {
                return fabricOf(lab.dir(), lab.name()).members();
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

    @Override
    public LabInventory inspect(LabRef lab) {
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
            String detail = m.kind().equals("router") ? "logs: " + paths.frrLog(lab.name(), m.name(), "zebra") + ", "
                    + paths.frrLog(lab.name(), m.name(), "bgpd") : "";
            out.add(new LabInventory.Member(m.name(), m.kind(), m.ns(), up ? "running" : "missing", addresses, detail));
        }
        return new LabInventory(lab.name(), id(), !members.isEmpty() && allUp, out);
    }

    @Override
    public CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout) {
        List<Member> members = members(lab);
        Member m = members.stream().filter(x -> x.name().equals(target)).findFirst()
                .orElseThrow(() -> new UnknownTargetException(target, members.stream().map(Member::name).toList()));
        return runner.run(Command.of(inNamespace(lab.name(), m, argv)).withTimeout(timeout));
    }

    /**
     * The argv that runs a lab command in a member's namespace: {@code vtysh} on the router talks to its
     * FRR ({@code -N ns}), {@code birdc} on a node to its BIRD ({@code -s socket}).
     */
    List<String> inNamespace(String lab, Member m, List<String> argv) {
        if (argv.isEmpty()) {
            throw new ExecUsageException("no command given to run on " + m.name() + "; e.g. lab exec <lab> " + m.name() + " -- ip route");
        }
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", m.ns()));
        String program = argv.get(0);
        if (m.kind().equals("router") && program.equals("Cli")) {
            throw new ExecUsageException(m.name() + " is emulated by FRR in the netns runtime: use vtysh -c '<show command>'"
                    + " instead of Cli (or --runtime clab for the real cEOS)");
        }
        if (m.kind().equals("router") && program.equals("vtysh")) {
            cmd.addAll(List.of("vtysh", "-N", m.ns()));
            cmd.addAll(argv.subList(1, argv.size()));
        } else if (m.kind().equals("node") && (program.equals("birdc") || program.equals("birdcl"))) {
            cmd.addAll(List.of(program, "-s", paths.birdSocket(lab, m.name()).toString()));
            cmd.addAll(argv.subList(1, argv.size()));
        } else {
            cmd.addAll(argv);
        }
        return cmd;
    }

    @Override
    public LabProbeTarget probeTarget(RenderedLab lab) {
        return new NetnsProbeTarget(runner, paths, fabricOf(lab.dir(), lab.name()));
    }

    /**
     * What a failure bundle needs to explain a lab: FRR's logs and config, each BIRD config, and the
     * live view (BGP summary and routes on the router, protocols and routes on each node). Best effort:
     * a command that fails leaves its error text in the bundle instead.
     */
    @Override
    public Map<String, String> diagnostics(RenderedLab lab) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String name = lab.name();
        for (Member m : members(lab.ref())) {
            String dir = m.name() + "/";
            switch (m.kind()) {
                case "router" -> {
                    readInto(out, dir + "frr.conf", paths.frrConf(name, m.name()));
                    readInto(out, dir + "zebra.log", paths.frrLog(name, m.name(), "zebra"));
                    readInto(out, dir + "bgpd.log", paths.frrLog(name, m.name(), "bgpd"));
                    showInto(out, dir + "show-bgp-summary.txt", name, m, List.of("vtysh", "-c", "show bgp summary"));
                    showInto(out, dir + "show-ip-route.txt", name, m, List.of("vtysh", "-c", "show ip route"));
                }
                case "node" -> {
                    readInto(out, dir + "bird.conf", paths.birdConf(name, m.name()));
                    showInto(out, dir + "birdc-show-protocols-all.txt", name, m, List.of("birdc", "show", "protocols", "all"));
                    showInto(out, dir + "ip-route.txt", name, m, List.of("ip", "route", "show"));
                }
                default -> showInto(out, dir + "ip-addr.txt", name, m, List.of("ip", "-4", "addr", "show"));
            }
        }
        return out;
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

    private void showInto(Map<String, String> out, String key, String lab, Member m, List<String> argv) {
        try {
            CommandResult r = runner.run(Command.of(inNamespace(lab, m, argv)).withTimeout(SHORT));
            out.put(key, "$ " + String.join(" ", argv) + "   (exit " + r.exitCode() + ")\n" + r.stdout()
                    + (r.stderr().isBlank() ? "" : "\n" + r.stderr()));
        } catch (RuntimeException e) {
            out.put(key, "$ " + String.join(" ", argv) + "\nfailed: " + e.getMessage());
        }
    }
}
