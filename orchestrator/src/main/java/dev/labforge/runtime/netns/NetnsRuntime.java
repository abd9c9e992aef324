package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PlanningRuntime;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import dev.labforge.wait.Deadline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The embedded runtime: a lab out of Linux network namespaces on this machine, the ToR as its platform's
 * emulation builds it (real FRR for ceos and frr, kernel routing only for linux) and one BIRD 1.6 per
 * Kubernetes node, built from the rendered files only. The jobs live in their own classes: reading the
 * folder {@link RenderedLabReader}, naming {@link NetnsNames}, batches {@link NetnsFabric}, the deploy steps
 * {@link NetnsDeploy} with the daemons {@link RouterDaemons}, members and exec {@link NetnsInspection},
 * removal {@link NetnsDestroyer}. Every process goes through the {@link CommandRunner}.
 */
public final class NetnsRuntime implements Runtime, PlanningRuntime {
    static final String FRR_DIR = NetnsPreflight.FRR_DIR;
    static final String INSTALL_FIX = NetnsPreflight.INSTALL_FIX;

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final ProcessTable procs;
    private final NetnsInspection inspection;

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
        this.inspection = new NetnsInspection(runner, paths, procs);
    }

    @Override
    public String id() {
        return "netns";
    }

    @Override
    public List<PreflightCheck> preflight(RenderedLab lab) {
        return NetnsPreflight.run(runner, lab);
    }

    @Override
    public void deploy(RenderedLab lab, Duration timeout, Progress progress) {
        Deadline deadline = Deadline.after(timeout);
        NetnsFabric fabric = withRouter(fabricOf(lab.dir(), lab.name()), lab.dir());
        refuseIfPresent(fabric);
        new NetnsDeploy(paths, DeployEffects.real(runner, paths)).build(fabric, lab.dir(), deadline, progress);
    }

    /** What deploy would do, in order, without doing it (`lab up --dry-run`): commands with their batch lines, files. */
    @Override
    public List<String> plan(RenderedLab lab, Duration timeout) {
        DeployEffects.Recorded fx = DeployEffects.plan(paths);
        new NetnsDeploy(paths, fx).build(withRouter(fabricOf(lab.dir(), lab.name()), lab.dir()), lab.dir(), Deadline.after(timeout),
                Progress.NONE);
        return List.copyOf(fx.lines);
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
            throw new DeployException(dir + "/" + dev.labforge.rendered.RenderedPaths.TOPOLOGY + " names the lab " + plan.lab() + ", not "
                    + expectedName + "; re-render the lab");
        }
        return new NetnsFabric(plan);
    }

    /**
     * The fabric with its router (when the lab has a ToR) built now: a config the emulation cannot run fails
     * before anything is created.
     */
    private static NetnsFabric withRouter(NetnsFabric fabric, Path dir) {
        try {
            fabric.plan().tor().ifPresent(t -> fabric.plan().router());
        } catch (NetnsConfigException e) {
            throw new DeployException("reading the rendered lab in " + dir + ": " + e.getMessage(), e);
        }
        return fabric;
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

    @Override
    public void destroy(LabRef lab, Progress progress) {
        List<String> fromFolder = List.of();
        // The state file lists every namespace (written before any exists); the folder is only the fallback.
        if (lab.dir() != null && !Files.exists(paths.stateFile(lab.name()))) {
            try {
                fromFolder = fabricOf(lab.dir(), lab.name()).members().stream().map(Member::ns).toList();
            } catch (RuntimeException unreadable) {
                // The folder may be gone or edited: the state file and the marks still find everything.
            }
        }
        new NetnsDestroyer(runner, paths, procs).destroy(lab, fromFolder, progress);
    }

    /** One `ip netns list` against the lab's members: none there is absent. */
    @Override
    public boolean absent(LabRef lab) {
        List<String> present = new NetnsDestroyer(runner, paths, procs).listNamespaces();
        return inspection.members(lab).stream().map(Member::ns).noneMatch(present::contains);
    }

    @Override
    public LabInventory inspect(LabRef lab) {
        return inspection.inspect(lab, id());
    }

    @Override
    public CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout) {
        return exec(lab, target, argv, timeout, false);
    }

    /** In the member's namespace with {@code ip netns exec}; interactive on this terminal (the namespace needs no tty of its own). */
    @Override
    public CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout, boolean interactive) {
        List<Member> members = inspection.members(lab);
        Member m = members.stream().filter(x -> x.name().equals(target)).findFirst()
                .orElseThrow(() -> new UnknownTargetException(target, members.stream().map(Member::name).toList()));
        return runner.run(Command.of(inspection.inNamespace(lab, m, argv)).withTimeout(timeout).interactive(interactive));
    }

    @Override
    public LabProbeTarget probeTarget(RenderedLab lab) {
        return new NetnsProbeTarget(runner, paths, withRouter(fabricOf(lab.dir(), lab.name()), lab.dir()), procs);
    }

    @Override
    public Map<String, String> diagnostics(RenderedLab lab) {
        return inspection.diagnostics(lab.ref());
    }
}
