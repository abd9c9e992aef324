package dev.labforge.runtime.clab;

import dev.labforge.driver.RenderedTor;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.RenderedLab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clab runtime's prerequisites, each failure with the command that fixes it. Pure apart from
 * the three seams it is given (Docker engine, command runner, /proc/sys reader).
 */
final class ClabPreflight {
    static final String CONTAINERLAB_INSTALL = "bash -c \"$(curl -sL https://get.containerlab.dev)\"";
    static final String KIND_INSTALL = "curl -Lo /usr/local/bin/kind https://kind.sigs.k8s.io/dl/v0.27.0/kind-linux-amd64"
            + " && chmod +x /usr/local/bin/kind";
    static final String DOCKER_INSTALL = "install Docker Engine (https://docs.docker.com/engine/install/, e.g. "
            + "curl -fsSL https://get.docker.com | sh) and start it: systemctl start docker; or set DOCKER_HOST";
    static final long MIN_WATCHES = 524288;
    static final long MIN_INSTANCES = 512;
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern CLAB_VERSION = Pattern.compile("(?m)^\\s*version:\\s*(\\S+)");
    private static final Pattern KIND_VERSION = Pattern.compile("kind (v\\S+)");

    private final DockerEngine docker;
    private final CommandRunner runner;
    private final HostLimits limits;

    ClabPreflight(DockerEngine docker, CommandRunner runner, HostLimits limits) {
        this.docker = docker;
        this.runner = runner;
        this.limits = limits;
    }

    /** What each check does, for the dry-run plan. */
    static List<String> describe(RenderedLab lab, String dockerEndpoint) {
        List<String> d = new ArrayList<>();
        d.add("docker: ping the engine at " + dockerEndpoint);
        d.add("$ " + Command.of("containerlab", "version").display());
        d.add("$ " + Command.of("kind", "version").display());
        for (String image : images(lab, RenderedTor.readIfAny(lab.dir()))) {
            d.add("docker: image " + image + " is present");
        }
        d.add("read /proc/sys/fs/inotify/max_user_watches >= " + MIN_WATCHES);
        d.add("read /proc/sys/fs/inotify/max_user_instances >= " + MIN_INSTANCES);
        d.add("docker: no container labelled containerlab=" + lab.name());
        d.add("$ kind get clusters  (must not list " + lab.model().cluster().name() + ")");
        return d;
    }

    /** All checks; with {@code lab} null (`lab doctor`) only those that do not depend on a lab. */
    List<PreflightCheck> run(RenderedLab lab) {
        List<PreflightCheck> checks = new ArrayList<>();
        boolean dockerUp = dockerCheck(checks);
        checks.add(containerlabCheck());
        boolean kindPresent = kindCheck(checks);
        if (lab == null) {
            checks.add(limitCheck("fs.inotify.max_user_watches", MIN_WATCHES));
            checks.add(limitCheck("fs.inotify.max_user_instances", MIN_INSTANCES));
            return checks;
        }
        if (dockerUp) {
            Optional<RenderedTor> tor = RenderedTor.readIfAny(lab.dir());
            for (String image : images(lab, tor)) {
                checks.add(imageCheck(tor, image));
            }
        }
        checks.add(limitCheck("fs.inotify.max_user_watches", MIN_WATCHES));
        checks.add(limitCheck("fs.inotify.max_user_instances", MIN_INSTANCES));
        if (dockerUp) {
            checks.add(noRunningLab(lab));
        }
        if (kindPresent) {
            checks.add(noClusterClash(lab));
        }
        return checks;
    }

    private boolean dockerCheck(List<PreflightCheck> checks) {
        String what = "Docker engine reachable";
        try {
            String version = docker.ping();
            checks.add(PreflightCheck.pass(what, "Docker " + version + " at " + docker.endpoint()));
            return true;
        } catch (RuntimeException e) {
            checks.add(PreflightCheck.fail(what, e.getMessage(), DOCKER_INSTALL));
            return false;
        }
    }

    private PreflightCheck containerlabCheck() {
        String what = "containerlab installed";
        CommandResult r = runner.run(Command.of("containerlab", "version").withTimeout(TOOL_TIMEOUT));
        if (!r.ok()) {
            return PreflightCheck.fail(what, missingTool("containerlab", r), CONTAINERLAB_INSTALL);
        }
        Matcher m = CLAB_VERSION.matcher(r.stdout());
        return PreflightCheck.pass(what, "containerlab " + (m.find() ? m.group(1) : "(version not shown)"));
    }

    private boolean kindCheck(List<PreflightCheck> checks) {
        String what = "kind installed";
        CommandResult r = runner.run(Command.of("kind", "version").withTimeout(TOOL_TIMEOUT));
        if (!r.ok()) {
            checks.add(PreflightCheck.fail(what, missingTool("kind", r), KIND_INSTALL));
            return false;
        }
        Matcher m = KIND_VERSION.matcher(r.stdout());
        checks.add(PreflightCheck.pass(what, m.find() ? "kind " + m.group(1) : r.stdout().strip()));
        return true;
    }

    private PreflightCheck imageCheck(Optional<RenderedTor> tor, String image) {
        String what = "image " + image + " present";
        if (docker.imageExists(image)) {
            return PreflightCheck.pass(what, "found");
        }
        if (tor.isPresent() && image.equals(tor.get().image())) {
            // the ToR's platform knows where its image comes from (cEOS is no docker pull)
            return tor.get().driver().missingImage(what, image);
        }
        return PreflightCheck.fail(what, "not pulled yet", "docker pull " + image);
    }

    private PreflightCheck limitCheck(String key, long min) {
        String what = key + " >= " + min + " (kind nodes run many inotify watchers)";
        OptionalLong v = limits.read(key);
        if (v.isEmpty()) {
            return PreflightCheck.fail(what, "cannot read /proc/sys/" + key.replace('.', '/'), "sysctl -w " + key + "=" + min);
        }
        if (v.getAsLong() < min) {
            return PreflightCheck.fail(what, "is " + v.getAsLong(), "sysctl -w " + key + "=" + min);
        }
        return PreflightCheck.pass(what, "is " + v.getAsLong());
    }

    private PreflightCheck noRunningLab(RenderedLab lab) {
        String what = "no lab named " + lab.name() + " is running";
        List<DockerEngine.ContainerSummary> found = docker.listContainers("containerlab", lab.name());
        if (found.isEmpty()) {
            return PreflightCheck.pass(what, "no container labelled containerlab=" + lab.name());
        }
        // the label says which topology file deployed it: destroy exactly that lab
        String topology = found.stream().map(c -> c.labels().get("clab-topo-file")).filter(f -> f != null && !f.isBlank())
                .findFirst().orElse(null);
        String fix = topology != null
                ? Command.of("containerlab", "destroy", "-t", topology, "--cleanup").display()
                : Command.of("containerlab", "destroy", "--name", lab.name(), "--cleanup").display();
        return PreflightCheck.fail(what, "containers " + found.stream().map(DockerEngine.ContainerSummary::name).toList()
                + " belong to it (lab down on that lab removes it too)", fix);
    }

    private PreflightCheck noClusterClash(RenderedLab lab) {
        String cluster = lab.model().cluster().name();
        String what = "no kind cluster named " + cluster;
        CommandResult r = runner.run(Command.of("kind", "get", "clusters").withTimeout(TOOL_TIMEOUT));
        if (!r.ok()) {
            return PreflightCheck.fail(what, "`kind get clusters` failed: " + r.tail(3), "kind get clusters");
        }
        boolean clash = r.stdout().lines().map(String::strip).anyMatch(cluster::equals);
        return clash
                ? PreflightCheck.fail(what, "a kind cluster " + cluster + " already exists (another lab, or a leftover)",
                        "kind delete cluster --name " + cluster)
                : PreflightCheck.pass(what, "none");
    }

    /** The ToR's image as the topology names it (what containerlab pulls), then the kind nodes'. */
    /** The ToR's image (a lab without a ToR has none) and the kind nodes'. */
    static List<String> images(RenderedLab lab, Optional<RenderedTor> tor) {
        List<String> out = new ArrayList<>();
        tor.ifPresent(t -> out.add(t.image()));
        out.add(lab.model().cluster().image());
        return List.copyOf(out);
    }

    private static String missingTool(String tool, CommandResult r) {
        if (r.exitCode() == 127) {
            return tool + " is not installed (not found on PATH)";
        }
        return "`" + r.command().display() + "` " + (r.timedOut() ? "timed out" : "exited " + r.exitCode()) + ": " + r.tail(3);
    }
}
