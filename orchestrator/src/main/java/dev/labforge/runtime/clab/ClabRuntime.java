package dev.labforge.runtime.clab;

import dev.labforge.driver.RenderedTor;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PlanningRuntime;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.clab.DockerEngine.ContainerState;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import dev.labforge.wait.Await;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import dev.labforge.wait.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * `--runtime clab`: the real lab. containerlab builds the ToR and the kind cluster, then Calico is
 * installed through the Kubernetes API and the rendered resources are applied. The deploy is data
 * ({@link ClabSteps}: one {@link ClabStep} per action, in {@link ClabPhase} order) run by
 * {@link ClabStepRunner} (a deadline per phase, progress, one failure report); {@link #plan} lists
 * the same steps without running anything. Preflight, teardown and probes have their own classes.
 */
public final class ClabRuntime implements Runtime, PlanningRuntime {
    static final String NAMESPACE = "default";

    /** Everything the runtime touches the outside world with; tests pass fakes. */
    public record Dependencies(
            CommandRunner runner,
            DockerEngine docker,
            Function<Path, KubeClusterApi> kube,
            CalicoManifests manifests,
            HostLimits limits,
            ClabDeadlines deadlines,
            Clock clock,
            Sleeper sleeper,
            Duration pollInterval) {

        public static Dependencies real() {
            return real(new ProcessCommandRunner());
        }

        /** The real world, with processes started through {@code runner}. */
        public static Dependencies real(CommandRunner runner) {
            return new Dependencies(runner, DockerJavaEngine.fromEnvironment(),
                    Fabric8ClusterApi::fromKubeconfig,
                    new CalicoManifests(CalicoManifests.defaultCacheRoot(), CalicoManifests.http()),
                    HostLimits.system(), ClabDeadlines.defaults(), Deadline.monotonic(), Sleeper.real(),
                    Duration.ofSeconds(5));
        }

        public Dependencies withDeadlines(ClabDeadlines newDeadlines) {
            return new Dependencies(runner, docker, kube, manifests, limits, newDeadlines, clock, sleeper, pollInterval);
        }
    }

    private final Dependencies deps;
    private final ClabSteps steps;
    /** The lab whose preflight last passed on this instance: `lab up` runs preflight, then deploy. */
    private volatile RenderedLab preflightPassed;

    public ClabRuntime(Dependencies deps) {
        this.deps = deps;
        this.steps = new ClabSteps(deps, new PhaseWait(new Await(deps.sleeper(), deps.pollInterval())));
    }

    /** The sum of the phase deadlines: a real cEOS + kind + Calico boot takes minutes. */
    @Override
    public Duration defaultTimeout() {
        return deps.deadlines().total();
    }

    public static ClabRuntime create() {
        return new ClabRuntime(Dependencies.real());
    }

    /** For the runtime registry, which hands every runtime its command runner. */
    public static ClabRuntime create(CommandRunner runner) {
        return new ClabRuntime(Dependencies.real(runner));
    }

    @Override
    public String id() {
        return "clab";
    }

    // ---------------------------------------------------------------- preflight

    /** With {@code lab} null (`lab doctor`): only the machine checks (engine, tools, kernel limits). */
    @Override
    public List<PreflightCheck> preflight(RenderedLab lab) {
        List<PreflightCheck> checks = new ClabPreflight(deps.docker(), deps.runner(), deps.limits()).run(lab);
        preflightPassed = lab != null && checks.stream().allMatch(PreflightCheck::ok) ? lab : null;
        return checks;
    }

    // ---------------------------------------------------------------- deploy

    @Override
    public void deploy(RenderedLab lab, Duration timeout, Progress progress) {
        Deadline overall = Deadline.after(timeout, deps.clock());
        progress.step(ClabStepRunner.phaseLine(ClabPhase.PREFLIGHT, deps.deadlines().of(ClabPhase.PREFLIGHT)));
        if (lab.equals(preflightPassed)) {
            progress.step("  passed just before deploy; not repeated");
        } else {
            List<PreflightCheck> failed = preflight(lab).stream().filter(c -> !c.ok()).toList();
            if (!failed.isEmpty()) {
                throw new PreflightException(preflightMessage(failed), failed);
            }
        }
        preflightPassed = null;
        new ClabStepRunner(deps).run(lab, steps.of(lab), overall, progress);
    }

    /** The deploy as an ordered list of steps, produced without running anything. */
    public List<PlannedStep> plan(RenderedLab lab) {
        List<PlannedStep> plan = new ArrayList<>();
        Duration preflight = deps.deadlines().of(ClabPhase.PREFLIGHT);
        for (String d : ClabPreflight.describe(lab, deps.docker().endpoint())) {
            plan.add(new PlannedStep(ClabPhase.PREFLIGHT.id(), d, preflight));
        }
        // commands go through a dry-run runner: the plan shows exactly the argv deploy would run
        DryRunCommandRunner dry = new DryRunCommandRunner();
        for (ClabStep step : steps.of(lab)) {
            if (step.command() != null) {
                dry.run(step.command());
            }
            plan.add(new PlannedStep(step.phase().id(), step.action(), deps.deadlines().of(step.phase())));
        }
        return plan;
    }

    /**
     * The plan as lines for `lab up --dry-run` (the workflow numbers them): each step with its
     * phase and that phase's deadline, capped by the overall timeout.
     */
    @Override
    public List<String> plan(RenderedLab lab, Duration timeout) {
        return plan(lab).stream().map(s -> "[" + s.phase() + ", deadline "
                + Durations.flag(min(s.deadline(), timeout)) + "] " + s.action()).toList();
    }

    /** The plan as one text, phases as headings. */
    public String planText(RenderedLab lab) {
        return PlanFormatter.format(lab.name(), lab.dir().toString(), plan(lab));
    }

    // ---------------------------------------------------------------- destroy

    @Override
    public void destroy(LabRef lab, Progress progress) {
        new ClabTeardown(deps).run(lab, progress);
    }

    // ---------------------------------------------------------------- inspect / exec / probes

    @Override
    public LabInventory inspect(LabRef lab) {
        ClabTopologyFile topology = topologyOf(lab);
        List<LabInventory.Member> members = new ArrayList<>();
        boolean running = true;
        for (String router : topology.routers()) {
            ContainerState s = deps.docker().containerState(topology.containerOf(router));
            running &= s.running();
            members.add(new LabInventory.Member(router, "router", topology.containerOf(router), s.describe(), List.of(), ""));
        }
        for (String node : topology.externalContainers()) {
            ContainerState s = deps.docker().containerState(node);
            running &= s.running();
            members.add(new LabInventory.Member(node, "node", node, s.describe(), List.of(), ""));
        }
        return new LabInventory(lab.name(), id(), running && !members.isEmpty(), members);
    }

    @Override
    public CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout) {
        ClabTopologyFile topology = topologyOf(lab);
        if (topology.routers().contains(target) || topology.externalContainers().contains(target)) {
            return deps.docker().exec(topology.containerOf(target), argv, timeout);
        }
        int at = target.indexOf('@');
        if (at > 0) {
            String workload = target.substring(0, at);
            String node = target.substring(at + 1);
            for (String cluster : topology.kindClusters()) {
                Path kubeconfig = kubeconfigPath(lab.dir(), cluster);
                if (!Files.isRegularFile(kubeconfig)) {
                    continue;
                }
                try (KubeClusterApi kube = deps.kube().apply(kubeconfig)) {
                    Optional<PodInfo> pod = kube.pods(NAMESPACE, "app=" + workload).stream()
                            .filter(p -> node.equals(p.node())).findFirst();
                    if (pod.isPresent()) {
                        return podExec(kube, pod.get().name(), argv, timeout);
                    }
                }
            }
        }
        List<String> valid = new ArrayList<>(topology.routers());
        valid.addAll(topology.externalContainers());
        valid.add("<workload>@<node>");
        throw new UnknownTargetException(target, valid);
    }

    /** Interactive: {@link ClabInteractiveExec}. */
    @Override
    public CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout, boolean interactive) {
        return interactive ? new ClabInteractiveExec(deps).run(lab, topologyOf(lab), target, argv, timeout)
                : exec(lab, target, argv, timeout);
    }

    static CommandResult podExec(KubeClusterApi kube, String pod, List<String> argv, Duration timeout) {
        List<String> shown = new ArrayList<>(List.of("kubectl", "exec", "-n", NAMESPACE, pod, "--"));
        shown.addAll(argv);
        long start = System.nanoTime();
        KubeClusterApi.ExecOutput out = kube.exec(NAMESPACE, pod, argv, timeout);
        return new CommandResult(Command.of(shown).withTimeout(timeout), out.exitCode(), out.stdout(), out.stderr(),
                Duration.ofNanos(System.nanoTime() - start), out.timedOut());
    }

    @Override
    public LabProbeTarget probeTarget(RenderedLab lab) {
        Path kubeconfig = kubeconfigPath(lab.dir(), lab.model().cluster().name());
        return RenderedTor.readIfAny(lab.dir())
                .map(tor -> new ClabProbeTarget(lab, tor.driver(), deps.docker(), deps.kube().apply(kubeconfig)))
                .orElseGet(() -> new ClabProbeTarget(lab, deps.docker(), deps.kube().apply(kubeconfig)));
    }

    // ---------------------------------------------------------------- helpers

    private ClabTopologyFile topologyOf(LabRef lab) {
        if (lab.dir() == null || !Files.isRegularFile(lab.dir().resolve(RenderedPaths.TOPOLOGY))) {
            throw new DeployException("no rendered topology for lab " + lab.name() + (lab.dir() == null ? "" : " in " + lab.dir())
                    + "; run `lab render` (or `lab up`) first");
        }
        return ClabTopologyFile.read(lab.dir().resolve(RenderedPaths.TOPOLOGY));
    }

    static Path kubeconfigPath(Path dir, String cluster) {
        return dir.resolve(cluster + ".kubeconfig");
    }

    private static String preflightMessage(List<PreflightCheck> failed) {
        StringBuilder sb = new StringBuilder("the clab runtime cannot run here:");
        for (PreflightCheck c : failed) {
            sb.append("\n  - ").append(c.description()).append(": ").append(c.detail());
            if (c.fix() != null) {
                sb.append("\n    fix: ").append(c.fix());
            }
        }
        return sb.toString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
