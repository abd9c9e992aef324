package dev.labforge.runtime.clab;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.driver.RenderedTor;
import dev.labforge.driver.RunningConfigCheck;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.DryRunCommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Workload;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.clab.DockerEngine.ContainerState;
import dev.labforge.runtime.clab.KubeClusterApi.Condition;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import dev.labforge.runtime.clab.KubeClusterApi.ResourceRef;
import dev.labforge.workflow.PlanningRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * `--runtime clab`: the real lab. containerlab builds the ToR and the kind cluster, then Calico is
 * installed through the Kubernetes API and the rendered resources are applied. Every phase
 * ({@link ClabPhase}) has its own deadline and reports progress; a failure names the phase, what
 * was last seen and the state of the lab's containers. {@link #plan} lists the same steps without
 * running anything.
 */
public final class ClabRuntime implements Runtime, PlanningRuntime {
    static final String NAMESPACE = "default";
    private static final int LOG_LINES = 500;
    private static final Duration EXEC_FLOOR = Duration.ofSeconds(5);

    /** Everything the runtime touches the outside world with; tests pass fakes. */
    public record Dependencies(
            CommandRunner runner,
            DockerEngine docker,
            Function<Path, KubeClusterApi> kube,
            CalicoManifests manifests,
            HostLimits limits,
            ClabDeadlines deadlines,
            Clock clock,
            dev.labforge.probe.Sleeper sleeper,
            Duration pollInterval) {

        public static Dependencies real() {
            return real(new ProcessCommandRunner());
        }

        /** The real world, with processes started through {@code runner}. */
        public static Dependencies real(CommandRunner runner) {
            return new Dependencies(runner, DockerJavaEngine.fromEnvironment(),
                    Fabric8ClusterApi::fromKubeconfig,
                    new CalicoManifests(CalicoManifests.defaultCacheRoot(), CalicoManifests.http()),
                    HostLimits.system(), ClabDeadlines.defaults(), Clock.systemUTC(),
                    d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(5));
        }

        public Dependencies withDeadlines(ClabDeadlines newDeadlines) {
            return new Dependencies(runner, docker, kube, manifests, limits, newDeadlines, clock, sleeper, pollInterval);
        }
    }

    private final Dependencies deps;
    private final Waiter waiter;
    /** The lab whose preflight last passed on this instance: `lab up` runs preflight, then deploy. */
    private volatile RenderedLab preflightPassed;

    public ClabRuntime(Dependencies deps) {
        this.deps = deps;
        this.waiter = new Waiter(deps.clock(), deps.sleeper(), deps.pollInterval());
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
        Instant overall = deps.clock().instant().plus(timeout);
        List<ClabPhase> phases = List.of(ClabPhase.values());
        progress.step(phaseLine(ClabPhase.PREFLIGHT, phases.size(), deps.deadlines().of(ClabPhase.PREFLIGHT)));
        if (lab.equals(preflightPassed)) {
            progress.step("  passed just before deploy; not repeated");
        } else {
            List<PreflightCheck> failed = preflight(lab).stream().filter(c -> !c.ok()).toList();
            if (!failed.isEmpty()) {
                throw new PreflightException(preflightMessage(failed), failed);
            }
        }
        preflightPassed = null;
        Run run = new Run(lab, progress);
        ClabPhase current = ClabPhase.PREFLIGHT;
        Instant phaseStart = deps.clock().instant();
        try {
            for (Step step : steps(lab)) {
                if (step.phase() != current) {
                    progress.step(current.id() + " done in " + seconds(phaseStart));
                    current = step.phase();
                    phaseStart = deps.clock().instant();
                    Duration budget = deps.deadlines().of(current);
                    run.deadline = min(phaseStart.plus(budget), overall);
                    run.budget = Duration.between(phaseStart, run.deadline);
                    progress.step(phaseLine(current, phases.size(), run.budget));
                }
                progress.step("  " + step.action());
                try {
                    step.body().run(run);
                } catch (Waiter.PhaseTimeoutException e) {
                    throw failure(run, current, phaseStart, "timed out after " + ClabDeadlines.format(run.budget)
                            + " (phase deadline): " + e.getMessage());
                } catch (DeployException | KubeApiException | DockerUnavailableException | UncheckedIOException e) {
                    throw failure(run, current, phaseStart, e.getMessage());
                }
            }
            progress.step(current.id() + " done in " + seconds(phaseStart));
        } finally {
            if (run.kube != null) {
                run.kube.close();
            }
        }
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
        for (Step step : steps(lab)) {
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
                + ClabDeadlines.format(min(s.deadline(), timeout)) + "] " + s.action()).toList();
    }

    /** The plan as one text, phases as headings. */
    public String planText(RenderedLab lab) {
        return PlanFormatter.format(lab.name(), lab.dir().toString(), plan(lab));
    }

    /** The ordered deploy steps after preflight. Built from the rendered folder and the model only. */
    List<Step> steps(RenderedLab lab) {
        Lab model = lab.model();
        Path dir = lab.dir();
        String cluster = model.cluster().name();
        Path kubeconfig = kubeconfigPath(dir, cluster);
        String tor = ClabTopologyFile.containerName(lab.name(), model.tor().name());
        String version = model.calico().version();
        List<Step> steps = new ArrayList<>();

        Command deploy = Command.of("containerlab", "deploy", "-t", RenderedPaths.TOPOLOGY, "--reconfigure").withCwd(dir);
        steps.add(new Step(ClabPhase.CONTAINERLAB_DEPLOY, "$ " + deploy.display(), deploy, r -> runContainerlabDeploy(r, deploy, tor)));
        List<String> containers = new ArrayList<>();
        containers.add(tor);
        model.cluster().nodes().forEach(n -> containers.add(n.name()));
        steps.add(new Step(ClabPhase.CONTAINERLAB_DEPLOY, "docker: containers running: " + String.join(", ", containers),
                null, r -> checkContainersRunning(containers)));

        Command getKubeconfig = Command.of("kind", "get", "kubeconfig", "--name", cluster).withTimeout(Duration.ofSeconds(30));
        steps.add(new Step(ClabPhase.KUBECONFIG, "$ " + getKubeconfig.display() + " > " + dir.relativize(kubeconfig),
                getKubeconfig, r -> writeKubeconfig(r, getKubeconfig, kubeconfig)));
        steps.add(new Step(ClabPhase.KUBECONFIG, "kubernetes: API server of " + cluster + " answers (list nodes)", null,
                r -> waiter.await("the API server of kind cluster " + cluster, r.deadline, () -> {
                    r.kube(kubeconfig).nodesReady();
                    return null;
                })));

        steps.add(new Step(ClabPhase.CALICO_OPERATOR, "fetch Calico " + version + " " + String.join(" and ", CalicoManifests.FILES)
                + " (cache " + home(deps.manifests().cachedPath(version, CalicoManifests.CRDS).getParent()) + "/, else "
                + CalicoManifests.uri(version, "").toString() + ")", null, r -> fetchManifests(r, version)));
        steps.add(new Step(ClabPhase.CALICO_OPERATOR, "kubernetes: apply " + CalicoManifests.CRDS, null,
                r -> r.crds = r.kube(kubeconfig).apply(r.manifests.get(CalicoManifests.CRDS)).stream()
                        .filter(x -> x.kind().equals("CustomResourceDefinition")).map(ResourceRef::name).toList()));
        steps.add(new Step(ClabPhase.CALICO_OPERATOR, "kubernetes: wait until every CRD of " + CalicoManifests.CRDS + " is Established",
                null, r -> waiter.await("the Calico CRDs to be Established", r.deadline, () -> {
                    List<String> pending = r.crds.stream().filter(c -> !r.kube(kubeconfig).crdEstablished(c)).toList();
                    return pending.isEmpty() ? null : "not Established yet: " + abbreviate(pending);
                })));
        steps.add(new Step(ClabPhase.CALICO_OPERATOR, "kubernetes: apply " + CalicoManifests.OPERATOR, null,
                r -> r.kube(kubeconfig).apply(r.manifests.get(CalicoManifests.OPERATOR))));
        Path customResources = dir.resolve(RenderedPaths.CUSTOM_RESOURCES);
        steps.add(applyStep(ClabPhase.CALICO_OPERATOR, dir, customResources, kubeconfig));

        steps.add(new Step(ClabPhase.CALICO_READY, "kubernetes: wait for TigeraStatus calico and apiserver Available=True", null,
                r -> waiter.await("TigeraStatus calico and apiserver Available=True", r.deadline,
                        () -> tigeraPending(r.kube(kubeconfig)))));

        for (Path file : labResourceFiles(dir)) {
            steps.add(applyStep(ClabPhase.LAB_RESOURCES, dir, file, kubeconfig));
        }

        List<String> nodes = model.cluster().nodes().stream().map(Node::name).toList();
        steps.add(new Step(ClabPhase.NODES_READY, "kubernetes: wait for nodes Ready: " + String.join(", ", nodes), null,
                r -> waiter.await("nodes Ready", r.deadline, () -> nodesPending(r.kube(kubeconfig).nodesReady(), nodes))));

        for (Workload w : model.workloads()) {
            String selector = "app=" + w.name();
            int expected = w.nodes().size();
            steps.add(new Step(ClabPhase.WORKLOADS_READY, "kubernetes: wait for " + expected + " pod(s) " + selector
                    + " Ready in namespace " + NAMESPACE, null,
                    r -> waiter.await("pods " + selector + " Ready", r.deadline,
                            () -> podsPending(r.kube(kubeconfig).pods(NAMESPACE, selector), selector, expected))));
        }

        RenderedTor rendered = RenderedTor.read(dir);
        RunningConfigCheck config = rendered.driver().runningConfigCheck(rendered);
        steps.add(new Step(ClabPhase.TOR_CONFIG, "$ " + dockerExecDisplay(tor, config.command()) + "  (" + config.promise() + ")",
                null, r -> checkRunningConfig(r, tor, config)));
        List<String> marks = rendered.driver().rejectionMarks();
        if (!marks.isEmpty()) {
            steps.add(new Step(ClabPhase.TOR_CONFIG, "$ docker logs --tail " + LOG_LINES + " " + tor
                    + "  (must not show " + String.join(" / ", marks.subList(0, Math.min(2, marks.size()))) + ")", null,
                    r -> checkTorLog(tor, rendered)));
        }
        return steps;
    }

    // ---------------------------------------------------------------- step bodies

    private void runContainerlabDeploy(Run r, Command deploy, String tor) {
        CommandResult result = deps.runner().run(deploy.withTimeout(r.remaining()));
        if (result.timedOut()) {
            throw new DeployException("`" + deploy.display() + "` did not finish within " + ClabDeadlines.format(r.budget)
                    + "; containerlab waits for the cEOS CLI without a timeout of its own, so a ToR that never boots"
                    + " hangs here. " + safeState(tor) + lastLines(result));
        }
        if (!result.ok()) {
            throw new DeployException("`" + deploy.display() + "` failed with exit code " + result.exitCode() + lastLines(result));
        }
    }

    private void checkContainersRunning(List<String> containers) {
        List<String> notRunning = new ArrayList<>();
        for (String c : containers) {
            ContainerState s = deps.docker().containerState(c);
            if (!s.running()) {
                String log = s.status() == ContainerState.Status.MISSING ? "" : indent(deps.docker().logsTail(c, 20));
                notRunning.add(s.describe() + (log.isBlank() ? "" : "\n" + log));
            }
        }
        if (!notRunning.isEmpty()) {
            throw new DeployException("containerlab returned but not every container runs:\n  " + String.join("\n  ", notRunning));
        }
    }

    private void writeKubeconfig(Run r, Command getKubeconfig, Path kubeconfig) {
        CommandResult result = deps.runner().run(getKubeconfig);
        if (!result.ok() || result.stdout().isBlank()) {
            throw new DeployException("`" + getKubeconfig.display() + "` gave no kubeconfig (exit " + result.exitCode()
                    + (result.timedOut() ? ", timed out" : "") + ")" + lastLines(result));
        }
        try {
            Files.writeString(kubeconfig, result.stdout());
            try {
                Files.setPosixFilePermissions(kubeconfig, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: keep the default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kubeconfig, e);
        }
    }

    private void fetchManifests(Run r, String version) {
        for (String file : CalicoManifests.FILES) {
            r.manifests.put(file, deps.manifests().ensure(version, file, r.remaining()));
        }
    }

    private Step applyStep(ClabPhase phase, Path dir, Path file, Path kubeconfig) {
        return new Step(phase, "kubernetes: apply " + dir.relativize(file), null, r -> {
            if (!Files.isRegularFile(file)) {
                throw new DeployException("rendered file " + file + " is missing; run `lab render` again");
            }
            r.kube(kubeconfig).apply(file);
        });
    }

    static String tigeraPending(KubeClusterApi kube) {
        List<String> pending = new ArrayList<>();
        for (String name : List.of("calico", "apiserver")) {
            Optional<List<Condition>> conditions = kube.tigeraStatusConditions(name);
            if (conditions.isEmpty()) {
                pending.add(name + ": not created yet");
                continue;
            }
            Optional<Condition> available = conditions.get().stream().filter(c -> c.type().equals("Available")).findFirst();
            if (available.map(Condition::isTrue).orElse(false)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(name).append(": Available=").append(available.map(Condition::status).orElse("unknown"));
            conditions.get().stream().filter(c -> c.isTrue() && !c.type().equals("Available"))
                    .forEach(c -> sb.append(", ").append(c.type()).append(c.message().isBlank() ? "" : " (" + c.message() + ")"));
            pending.add(sb.toString());
        }
        return pending.isEmpty() ? null : String.join("; ", pending);
    }

    static String nodesPending(Map<String, Boolean> ready, List<String> expected) {
        List<String> missing = expected.stream().filter(n -> !ready.containsKey(n)).toList();
        List<String> notReady = expected.stream().filter(n -> Boolean.FALSE.equals(ready.get(n))).toList();
        if (missing.isEmpty() && notReady.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!notReady.isEmpty()) {
            parts.add("not Ready: " + String.join(", ", notReady));
        }
        if (!missing.isEmpty()) {
            parts.add("not registered: " + String.join(", ", missing));
        }
        return String.join("; ", parts);
    }

    static String podsPending(List<PodInfo> pods, String selector, int expected) {
        long ready = pods.stream().filter(PodInfo::ready).count();
        if (ready >= expected) {
            return null;
        }
        String notReady = pods.stream().filter(p -> !p.ready())
                .map(p -> p.name() + " on " + p.node() + " (" + p.phase() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        return selector + ": " + ready + "/" + expected + " Ready" + (notReady.isEmpty() ? "" : "; waiting: " + notReady);
    }

    private void checkRunningConfig(Run r, String tor, RunningConfigCheck config) {
        waiter.await("the running config of " + tor + " to contain the rendered BGP lines", r.deadline, () -> {
            // the waiter's last poll comes at the deadline: a floor keeps its exec from timing out at once
            // and hiding what the router runs behind "exit -1"
            Duration timeout = min(r.remaining(), Duration.ofSeconds(30));
            CommandResult result = deps.docker().exec(tor, config.command(), timeout.compareTo(EXEC_FLOOR) < 0 ? EXEC_FLOOR : timeout);
            if (!result.ok()) {
                return "`" + result.command().display() + "` exit " + result.exitCode() + ": " + result.tail(3);
            }
            List<String> missing = config.missing(result.stdout());
            return missing.isEmpty() ? null : "missing from the running config: " + String.join(" | ", missing);
        });
    }

    private void checkTorLog(String tor, RenderedTor rendered) {
        List<String> rejected = rendered.driver().rejectedLines(deps.docker().logsTail(tor, LOG_LINES));
        if (!rejected.isEmpty()) {
            throw new DeployException(tor + " rejected lines of its startup config:\n  " + String.join("\n  ", rejected));
        }
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
        return new ClabProbeTarget(lab, RenderedTor.read(lab.dir()).driver(), deps.docker(), deps.kube().apply(kubeconfig));
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

    /** calico-cni-config (BGPConfiguration first) except custom-resources, then k8s-manifests (IP pools first), then tools. */
    static List<Path> labResourceFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        Path customResources = dir.resolve(RenderedPaths.CUSTOM_RESOURCES);
        Path bgpConfiguration = dir.resolve(RenderedPaths.BGP_CONFIGURATION);
        Path lbPool = dir.resolve(RenderedPaths.LB_IPPOOL);
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.CALICO_DIR), p -> !p.equals(customResources),
                p -> p.equals(bgpConfiguration) ? 0 : 1));
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.MANIFESTS_DIR), p -> true, p -> p.equals(lbPool) ? 0 : 1));
        files.addAll(yamlFiles(dir.resolve(RenderedPaths.TOOLS_DIR), p -> true, p -> 0));
        return files;
    }

    private static List<Path> yamlFiles(Path folder, java.util.function.Predicate<Path> keep, Function<Path, Integer> rank) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).filter(keep)
                    .sorted(Comparator.comparing(rank).thenComparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private DeployException failure(Run run, ClabPhase phase, Instant phaseStart, String why) {
        StringBuilder sb = new StringBuilder("clab phase ").append(phase.id()).append(" failed after ")
                .append(seconds(phaseStart)).append(": ").append(why);
        String containers = containerReport(run.lab);
        if (!containers.isEmpty()) {
            sb.append("\nlab containers:\n").append(containers);
        }
        sb.append("\nclean up with: lab down, or ")
                .append(Command.of("containerlab", "destroy", "-t", run.lab.dir().resolve(RenderedPaths.TOPOLOGY).toString(), "--cleanup").display());
        return new DeployException(sb.toString());
    }

    /** Container states for a failure report; never throws (the engine may be the problem). */
    private String containerReport(RenderedLab lab) {
        try {
            List<String> names = new ArrayList<>();
            deps.docker().listContainers("containerlab", lab.name()).forEach(c -> names.add(c.name()));
            lab.model().cluster().nodes().forEach(n -> names.add(n.name()));
            StringBuilder sb = new StringBuilder();
            for (String n : new LinkedHashSet<>(names)) {
                sb.append("  ").append(deps.docker().containerState(n).describe()).append('\n');
            }
            return sb.toString().stripTrailing();
        } catch (RuntimeException e) {
            return "  (cannot list containers: " + e.getMessage() + ")";
        }
    }

    private String safeState(String container) {
        try {
            ContainerState s = deps.docker().containerState(container);
            String log = s.running() ? "" : deps.docker().logsTail(container, 20);
            return s.describe() + "." + (log.isBlank() ? "" : "\n" + indent(log));
        } catch (RuntimeException e) {
            return "(state of " + container + " unknown: " + e.getMessage() + ")";
        }
    }

    private String home(Path p) {
        String home = System.getProperty("user.home");
        String s = p.toString();
        return home != null && s.startsWith(home + "/") ? "~" + s.substring(home.length()) : s;
    }

    private static String dockerExecDisplay(String container, List<String> argv) {
        List<String> all = new ArrayList<>(List.of("docker", "exec", container));
        all.addAll(argv);
        return Command.of(all).display();
    }

    private String phaseLine(ClabPhase phase, int count, Duration deadline) {
        return "clab [" + (phase.ordinal() + 1) + "/" + count + "] " + phase.id() + ": " + phase.purpose()
                + " (deadline " + ClabDeadlines.format(deadline) + ")";
    }

    private String seconds(Instant start) {
        Duration d = Duration.between(start, deps.clock().instant());
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
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

    private static String lastLines(CommandResult r) {
        String tail = r.tail(15);
        return tail.isBlank() ? "" : "\n" + indent(tail);
    }

    private static String indent(String text) {
        return text.strip().indent(4).stripTrailing();
    }

    private static String abbreviate(List<String> items) {
        return items.size() <= 5 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 5)) + " and " + (items.size() - 5) + " more";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** One deploy step: phase, what it does (as printed), its command if it runs one, and the work. */
    record Step(ClabPhase phase, String action, Command command, Body body) {
    }

    @FunctionalInterface
    interface Body {
        void run(Run run);
    }

    /** State carried from step to step during one deploy. */
    final class Run {
        final RenderedLab lab;
        final Progress progress;
        final Map<String, Path> manifests = new LinkedHashMap<>();
        Instant deadline;
        Duration budget = Duration.ZERO;
        KubeClusterApi kube;
        List<String> crds = List.of();

        Run(RenderedLab lab, Progress progress) {
            this.lab = lab;
            this.progress = progress;
        }

        KubeClusterApi kube(Path kubeconfig) {
            if (kube == null) {
                kube = deps.kube().apply(kubeconfig);
            }
            return kube;
        }

        Duration remaining() {
            Duration d = Duration.between(deps.clock().instant(), deadline);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }
}
