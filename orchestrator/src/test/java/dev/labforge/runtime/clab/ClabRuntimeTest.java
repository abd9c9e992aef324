package dev.labforge.runtime.clab;

import dev.labforge.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.Command;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.clab.KubeClusterApi.Condition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClabRuntimeTest {
    static final List<String> DEPLOY = List.of("containerlab", "deploy", "-t", "topology.clab.yaml", "--reconfigure");
    static final List<String> KUBECONFIG = List.of("kind", "get", "kubeconfig", "--name", "k01");
    static final String TOR = "clab-calico-bgp-lb-ceos01";
    static final String RUNNING_CONFIG = """
            hostname ceos01
            interface Vlan10
               ip address 10.10.10.1/24
            interface Vlan20
               ip address 10.10.20.1/24
            router bgp 65010
               router-id 10.10.10.1
               bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010
               bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010
               neighbor CALICO peer group
               neighbor CALICO remote-as 65010
               neighbor CALICO next-hop-self
               neighbor CALICO route-reflector-client
               neighbor CALICO description Calico-nodes
               !
               address-family ipv4
                  neighbor CALICO activate
                  network 10.10.10.0/24
                  network 10.10.20.0/24
            """;

    @TempDir
    Path tmp;

    FakeClock clock = new FakeClock();
    ScriptedCommandRunner runner = new ScriptedCommandRunner();
    FakeDockerEngine docker = new FakeDockerEngine();
    FakeKubeClusterApi kube = FakeKubeClusterApi.healthy();
    List<Path> kubeconfigsOpened = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    Path procSys;
    Path cache;
    RenderedLab lab;

    @BeforeEach
    void setUp() throws IOException {
        lab = SeedLab.rendered(copySeed(tmp.resolve("out")), TorPlatforms.byId("ceos"));
        procSys = tmp.resolve("proc-sys");
        sysctl("fs.inotify.max_user_watches", "524288");
        sysctl("fs.inotify.max_user_instances", "512");
        cache = tmp.resolve("cache");
        Files.createDirectories(cache.resolve("v3.30.0"));
        Files.writeString(cache.resolve("v3.30.0/operator-crds.yaml"), "# cached\n");
        Files.writeString(cache.resolve("v3.30.0/tigera-operator.yaml"), "# cached\n");
        docker.images.addAll(List.of("ceos:4.34.0F", "kindest/node:v1.32.2"));
    }

    ClabRuntime runtime() {
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker, p -> {
            kubeconfigsOpened.add(p);
            return kube;
        }, new CalicoManifests(cache, (uri, t) -> {
            throw new AssertionError("no download expected: " + uri);
        }), new HostLimits(procSys), ClabDeadlines.defaults(), clock, clock.sleeper(), Duration.ofSeconds(5)));
    }

    void toolsPresent() {
        runner.ok(List.of("containerlab", "version"), "  version: 0.68.0\n   commit: 1a2b3c\n")
                .ok(List.of("kind", "version"), "kind v0.27.0 go1.23.6 linux/amd64\n")
                .ok(List.of("kind", "get", "clusters"), "");
    }

    /** Everything that a successful deploy needs from the outside world. */
    void healthyLab() {
        toolsPresent();
        runner.on(DEPLOY, c -> {
            docker.container(TOR, Map.of("containerlab", "calico-bgp-lb", "clab-topo-file", lab.dir().resolve("topology.clab.yaml").toString()));
            docker.running(SeedLab.NODES.toArray(String[]::new));
            clock.advance(Duration.ofSeconds(90));
            return ScriptedCommandRunner.result(c, 0, "+---+ lab table", "");
        }).ok(KUBECONFIG, "apiVersion: v1\nkind: Config\nclusters: []\n");
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(RUNNING_CONFIG));
        docker.logs.put(TOR, "Waiting for the CLI\nStarting EOS\n");
    }

    // ------------------------------------------------------------------ preflight

    @Test
    void preflightWithoutDockerOrToolsFailsWithTheFixForEachMissingPiece() {
        // given: this machine: no engine, neither containerlab nor kind on PATH
        docker.reachable = false;
        runner.fails(List.of("containerlab", "version"), 127, "Cannot run program \"containerlab\"")
                .fails(List.of("kind", "version"), 127, "Cannot run program \"kind\"");

        // when
        List<PreflightCheck> checks = runtime().preflight(lab);

        // then
        assertThat(checks).filteredOn(c -> !c.ok()).extracting(PreflightCheck::description)
                .containsExactly("Docker engine reachable", "containerlab installed", "kind installed");
        assertThat(checks).filteredOn(c -> !c.ok()).extracting(PreflightCheck::fix).containsExactly(
                ClabPreflight.DOCKER_INSTALL, "bash -c \"$(curl -sL https://get.containerlab.dev)\"", ClabPreflight.KIND_INSTALL);
        assertThat(checks.get(1).detail()).isEqualTo("containerlab is not installed (not found on PATH)");
    }

    @Test
    void deployStopsAtPreflightWithAPreflightExceptionAndRunsNothingElse() {
        // given
        docker.reachable = false;
        runner.fails(List.of("containerlab", "version"), 127, "not found").fails(List.of("kind", "version"), 127, "not found");

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(45), progress::add))
                .isInstanceOf(PreflightException.class)
                .hasMessageContaining("Docker engine reachable: cannot reach the Docker engine at unix:///var/run/docker.sock")
                .hasMessageContaining("fix: bash -c \"$(curl -sL https://get.containerlab.dev)\"")
                .satisfies(e -> assertThat(((PreflightException) e).failed()).hasSize(3));
        assertThat(runner.ranDisplay()).containsExactly("containerlab version", "kind version");
    }

    @Test
    void preflightParsesVersionsAndPassesOnAReadyMachine() {
        // given
        toolsPresent();
        docker.container("clab-other-lab-r1", Map.of("containerlab", "other-lab"));

        // when
        List<PreflightCheck> checks = runtime().preflight(lab);

        // then
        assertThat(checks).allMatch(PreflightCheck::ok);
        assertThat(checks).extracting(PreflightCheck::detail).contains(
                "Docker 27.5.1 at unix:///var/run/docker.sock", "containerlab 0.68.0", "kind v0.27.0", "is 524288", "is 512");
    }

    @Test
    void doctorAsksWithoutALabAndGetsOnlyTheMachineChecks() {
        // given
        toolsPresent();

        // when
        List<PreflightCheck> checks = runtime().preflight(null);

        // then
        assertThat(checks).extracting(PreflightCheck::description).containsExactly("Docker engine reachable",
                "containerlab installed", "kind installed",
                "fs.inotify.max_user_watches >= 524288 (kind nodes run many inotify watchers)",
                "fs.inotify.max_user_instances >= 512 (kind nodes run many inotify watchers)");
        assertThat(docker.labelQueries).isEmpty();
        assertThat(runner.ranDisplay()).doesNotContain("kind get clusters");
    }

    @Test
    void missingCeosImageSaysHowToImportIt() {
        // given
        toolsPresent();
        docker.images.remove("ceos:4.34.0F");
        docker.images.remove("kindest/node:v1.32.2");

        // when
        List<PreflightCheck> failed = runtime().preflight(lab).stream().filter(c -> !c.ok()).toList();

        // then
        assertThat(failed).extracting(PreflightCheck::fix)
                .containsExactly("docker import cEOS64-lab-4.34.0F.tar.xz ceos:4.34.0F", "docker pull kindest/node:v1.32.2");
        assertThat(failed.get(0).detail()).contains("arista.com");
    }

    @Test
    void lowInotifyLimitsFailWithTheSysctlThatRaisesThem() throws IOException {
        // given
        toolsPresent();
        sysctl("fs.inotify.max_user_watches", "8192");
        Files.delete(procSys.resolve("fs/inotify/max_user_instances"));

        // when
        List<PreflightCheck> failed = runtime().preflight(lab).stream().filter(c -> !c.ok()).toList();

        // then
        assertThat(failed).extracting(PreflightCheck::detail)
                .containsExactly("is 8192", "cannot read /proc/sys/fs/inotify/max_user_instances");
        assertThat(failed).extracting(PreflightCheck::fix)
                .containsExactly("sysctl -w fs.inotify.max_user_watches=524288", "sysctl -w fs.inotify.max_user_instances=512");
    }

    @Test
    void aRunningLabOfTheSameNameOrAKindClusterClashFailsPreflight() {
        // given
        runner.ok(List.of("containerlab", "version"), "version: 0.68.0").ok(List.of("kind", "version"), "kind v0.27.0")
                .ok(List.of("kind", "get", "clusters"), "kind\nk01\n");
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb", "clab-topo-file", "/labs/seed/out/topology.clab.yaml"));

        // when
        List<PreflightCheck> failed = runtime().preflight(lab).stream().filter(c -> !c.ok()).toList();

        // then
        assertThat(failed).extracting(PreflightCheck::fix).containsExactly(
                "containerlab destroy -t /labs/seed/out/topology.clab.yaml --cleanup", "kind delete cluster --name k01");
        assertThat(failed.get(0).detail()).contains(TOR);
    }

    // ------------------------------------------------------------------ deploy

    @Test
    void deployRunsThePhasesInOrderWithTheirDeadlines() {
        // given
        healthyLab();

        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        assertThat(progress).filteredOn(l -> l.startsWith("clab [")).extracting(l -> l.substring(0, l.indexOf(':')))
                .containsExactly("clab [1/9] preflight", "clab [2/9] containerlab-deploy", "clab [3/9] kubeconfig",
                        "clab [4/9] calico-operator", "clab [5/9] calico-ready", "clab [6/9] lab-resources",
                        "clab [7/9] nodes-ready", "clab [8/9] workloads-ready", "clab [9/9] tor-config");
        assertThat(progress).filteredOn(l -> l.startsWith("clab [")).extracting(l -> l.substring(l.lastIndexOf('(')))
                .containsExactly("(deadline 30s)", "(deadline 10m)", "(deadline 2m)", "(deadline 5m)", "(deadline 10m)",
                        "(deadline 2m)", "(deadline 5m)", "(deadline 5m)", "(deadline 2m)");
        assertThat(progress).contains("containerlab-deploy done in 90 s");
        assertThat(runner.ranDisplay()).containsExactly("containerlab version", "kind version", "kind get clusters",
                "containerlab deploy -t topology.clab.yaml --reconfigure", "kind get kubeconfig --name k01");
        Command deploy = runner.ran().get(3);
        assertThat(deploy.cwd()).isEqualTo(lab.dir());
        assertThat(deploy.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(kube.applied).containsExactly("operator-crds.yaml", "tigera-operator.yaml",
                "calico-cni-config/custom-resources.yaml", "calico-cni-config/bgp-configuration.yaml",
                "calico-cni-config/bgppeer-vlan-10.yaml", "calico-cni-config/bgppeer-vlan-20.yaml",
                "k8s-manifests/lb-ippool.yaml", "k8s-manifests/lb-nginx-service.yaml",
                "tools/multitool-1.yaml", "tools/multitool-2.yaml", "tools/nginx.yaml");
        assertThat(docker.execs).containsExactly(TOR + " Cli -p 15 -c show running-config");
        assertThat(kube.closed).isTrue();
    }

    @Test
    void aPreflightThatJustPassedIsNotRepeatedByDeployButTheNextDeployChecksAgain() {
        // given: the workflow runs preflight, then deploy
        healthyLab();
        ClabRuntime rt = runtime();
        assertThat(rt.preflight(lab)).allMatch(PreflightCheck::ok);

        // when
        rt.deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        assertThat(runner.ranDisplay()).containsOnlyOnce("containerlab version");
        assertThat(progress).contains("  passed just before deploy; not repeated");
        docker.containers.clear();
        rt.deploy(lab, Duration.ofMinutes(60), progress::add);
        assertThat(runner.ranDisplay()).filteredOn("containerlab version"::equals).hasSize(2);
    }

    @Test
    void kubeconfigGoesNextToTheRenderedFilesNeverToHomeKube() throws IOException {
        // given
        healthyLab();

        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then
        Path kubeconfig = lab.dir().resolve("k01.kubeconfig");
        assertThat(kubeconfig).hasContent("apiVersion: v1\nkind: Config\nclusters: []\n");
        assertThat(Files.getPosixFilePermissions(kubeconfig)).hasSize(2);
        assertThat(kubeconfigsOpened).containsOnly(kubeconfig);
    }

    @Test
    void theOverallTimeoutCapsEveryPhaseDeadline() {
        // given
        healthyLab();

        // when
        runtime().deploy(lab, Duration.ofMinutes(3), progress::add);

        // then: containerlab got what was left of 3 minutes, not its own 10
        assertThat(runner.ran().get(3).timeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(progress).anyMatch(l -> l.startsWith("clab [2/9] containerlab-deploy") && l.endsWith("(deadline 3m)"));
    }

    @Test
    void aContainerlabDeployThatHangsIsStoppedAtItsDeadlineAndReported() {
        // given: cEOS never answers, so containerlab would wait forever
        toolsPresent();
        runner.on(DEPLOY, c -> {
            docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
            clock.advance(c.timeout());
            return ScriptedCommandRunner.timedOut(c, "INFO Waiting for ceos01 to boot...");
        });

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("clab phase containerlab-deploy failed after 10 min: "
                        + "`containerlab deploy -t topology.clab.yaml --reconfigure` did not finish within 10m")
                .hasMessageContaining("cEOS CLI without a timeout")
                .hasMessageContaining(TOR + ": running")
                .hasMessageContaining("Waiting for ceos01 to boot")
                .hasMessageContaining("clean up with: lab down, or containerlab destroy -t "
                        + lab.dir().resolve("topology.clab.yaml") + " --cleanup");
        assertThat(runner.ranDisplay()).doesNotContain("kind get kubeconfig --name k01");
    }

    @Test
    void aContainerThatDiedIsReportedWithItsExitCodeAndLog() {
        // given
        toolsPresent();
        runner.on(DEPLOY, c -> {
            docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
            docker.running(SeedLab.NODES.toArray(String[]::new));
            docker.states.put(TOR, new DockerEngine.ContainerState(TOR, DockerEngine.ContainerState.Status.EXITED, 137, true, "exited"));
            docker.logs.put(TOR, "Starting EOS\nKilled\n");
            return ScriptedCommandRunner.result(c, 0, "", "");
        });

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("not every container runs")
                .hasMessageContaining(TOR + ": exited with code 137 (OOM killed)")
                .hasMessageContaining("Killed");
    }

    @Test
    void tigeraStatusThatNeverBecomesAvailableTimesOutWithTheLastConditions() {
        // given
        healthyLab();
        kube.tigera.put("calico", List.of(new Condition("Available", "False", "", ""),
                new Condition("Degraded", "True", "PodFailure", "calico-node: ImagePullBackOff")));
        kube.tigera.remove("apiserver");

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("clab phase calico-ready failed after 10 min: timed out after 10m (phase deadline)")
                .hasMessageContaining("last seen: calico: Available=False, Degraded (calico-node: ImagePullBackOff); apiserver: not created yet");
        assertThat(clock.slept()).isEqualTo(Duration.ofMinutes(10).plus(Duration.ofSeconds(0)));
        assertThat(kube.applied).doesNotContain("calico-cni-config/bgp-configuration.yaml");
    }

    @Test
    void nodesAndPodsThatTurnReadyLaterAreWaitedFor() {
        // given: worker3 turns Ready on the third look at the nodes, and only then is nginx scheduled
        healthyLab();
        kube.nodes.put("k01-worker3", false);
        List<KubeClusterApi.PodInfo> nginx = kube.podsBySelector.remove("app=nginx");
        kube.onNodesPoll = n -> {
            if (n == 3) {
                kube.nodes.put("k01-worker3", true);
                kube.podsBySelector.put("app=nginx", nginx);
            }
        };

        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then: poll 1 was the API check, poll 2 saw worker3 NotReady, one 5 s interval later all Ready
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(5));
        assertThat(progress).contains("nodes-ready done in 5.0 s", "workloads-ready done in 0.0 s");
    }

    @Test
    void theTorRejectingConfigLinesFailsWithTheOffendingLines() {
        // given
        healthyLab();
        docker.logs.put(TOR, "Starting EOS\n   bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010\n% Invalid input at line 42\n");

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("clab phase tor-config failed")
                .hasMessageContaining("rejected lines of its startup config")
                .hasMessageContaining("bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010 -> % Invalid input at line 42");
    }

    @Test
    void aRunningConfigWithoutTheRenderedBgpLinesTimesOutNamingThem() {
        // given
        healthyLab();
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(RUNNING_CONFIG.replace("   neighbor CALICO route-reflector-client\n", "")));

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("clab phase tor-config failed after 2 min: timed out after 2m")
                .hasMessageContaining("missing from the running config: neighbor CALICO route-reflector-client");
    }

    // ------------------------------------------------------------------ destroy

    @Test
    void destroyAfterAFailedDeployRemovesWhatWasCreated() {
        // given: deploy got as far as Calico and then failed
        healthyLab();
        kube.tigera.clear();
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add)).isInstanceOf(DeployException.class);
        assertThat(lab.dir().resolve("k01.kubeconfig")).exists();
        runner.ok(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), "")
                .ok(List.of("kind", "get", "clusters"), "k01\n")
                .ok(List.of("kind", "delete", "cluster", "--name", "k01"), "");

        // when
        runtime().destroy(lab.ref(), progress::add);

        // then
        assertThat(runner.ranDisplay()).endsWith("containerlab destroy -t topology.clab.yaml --cleanup",
                "kind get clusters", "kind delete cluster --name k01");
        assertThat(runner.ran().get(runner.ran().size() - 3).cwd()).isEqualTo(lab.dir());
        assertThat(lab.dir().resolve("k01.kubeconfig")).doesNotExist();
    }

    @Test
    void destroyIsIdempotent() {
        // given: nothing left of the lab
        runner.ok(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), "")
                .ok(List.of("kind", "get", "clusters"), "other\n");

        // when
        runtime().destroy(lab.ref(), progress::add);
        runtime().destroy(lab.ref(), progress::add);

        // then: no kind delete for a cluster that is not there
        assertThat(runner.ranDisplay()).containsExactly("containerlab destroy -t topology.clab.yaml --cleanup", "kind get clusters",
                "containerlab destroy -t topology.clab.yaml --cleanup", "kind get clusters");
        assertThat(progress).endsWith("lab calico-bgp-lb removed");
    }

    @Test
    void destroyOnAMachineWithoutContainerlabKindOrDockerHasNothingToRemove() {
        // given: `lab test` cleaning up after a failed preflight on this kind of machine
        docker.reachable = false;
        runner.fails(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), 127, "Cannot run program \"containerlab\"")
                .fails(List.of("kind", "get", "clusters"), 127, "Cannot run program \"kind\"");

        // when
        runtime().destroy(lab.ref(), progress::add);

        // then
        assertThat(progress).contains(
                "containerlab is not installed: what carries containerlab=calico-bgp-lb is removed through the Docker engine",
                "kind is not installed, so no kind cluster [k01] exists", "lab calico-bgp-lb removed");
        assertThat(progress).anyMatch(l -> l.startsWith("Docker engine not reachable, so nothing labelled containerlab=calico-bgp-lb can exist"));
    }

    @Test
    void containerlabMissingWhileTheLabsContainersExistRemovesWhatCarriesTheLabelThroughTheEngine() {
        // given
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
        docker.container("clab-other-r1", Map.of("containerlab", "other"));
        docker.networks.put("calico-bgp-lb-net", Map.of("containerlab", "calico-bgp-lb"));
        docker.volumes.put("calico-bgp-lb-vol", Map.of("containerlab", "calico-bgp-lb"));
        docker.volumes.put("other-vol", Map.of("containerlab", "other"));
        runner.fails(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), 127, "Cannot run program \"containerlab\"")
                .ok(List.of("kind", "get", "clusters"), "");

        // when
        runtime().destroy(lab.ref(), progress::add);

        // then: containers before the network and volume they may use; nothing of another lab
        assertThat(docker.removed).containsExactly("container " + TOR, "network calico-bgp-lb-net", "volume calico-bgp-lb-vol");
        assertThat(docker.containers).containsOnlyKeys("clab-other-r1");
        assertThat(progress).endsWith("lab calico-bgp-lb removed");
    }

    @Test
    void aContainerTheEngineCannotRemoveIsAProblemNamingTheCommandThatWould() {
        // given
        docker.removalRefusal = "device or resource busy";
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
        runner.ok(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), "")
                .ok(List.of("kind", "get", "clusters"), "");

        // when / then
        assertThatThrownBy(() -> runtime().destroy(lab.ref(), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("cannot remove container " + TOR + ": device or resource busy; remove it with docker rm -f -v " + TOR);
    }

    @Test
    void destroyWithoutStateFindsOnlyThisLabsContainersByLabel() throws IOException {
        // given: the rendered folder is gone, but containerlab's labels remember the topology file
        Path savedTopology = tmp.resolve("elsewhere/topology.clab.yaml");
        Files.createDirectories(savedTopology.getParent());
        Files.copy(lab.dir().resolve("topology.clab.yaml"), savedTopology);
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb", "clab-topo-file", savedTopology.toString()));
        docker.container("clab-calico-bgp-lb2-ceos01", Map.of("containerlab", "calico-bgp-lb2", "clab-topo-file", "/labs/other/topology.clab.yaml"));
        docker.container("clab-other-r1", Map.of("containerlab", "other", "clab-topo-file", "/labs/x/topology.clab.yaml"));
        runner.ok(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), "")
                .ok(List.of("kind", "get", "clusters"), "k01\nk02\n")
                .ok(List.of("kind", "delete", "cluster", "--name", "k01"), "");

        // when
        runtime().destroy(new LabRef("calico-bgp-lb", null), progress::add);

        // then
        assertThat(docker.labelQueries).isNotEmpty().containsOnly("containerlab=calico-bgp-lb");
        assertThat(runner.ranDisplay()).containsExactly("containerlab destroy -t topology.clab.yaml --cleanup",
                "kind get clusters", "kind delete cluster --name k01");
        assertThat(runner.ran().get(0).cwd()).isEqualTo(savedTopology.getParent());
        assertThat(String.join("\n", runner.ranDisplay())).doesNotContain("calico-bgp-lb2", "other", "k02");
    }

    @Test
    void destroyWithoutStateAndWithoutTheTopologyFileDestroysByLabName() {
        // given
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb", "clab-topo-file", tmp.resolve("gone/topology.clab.yaml").toString()));
        runner.ok(List.of("containerlab", "destroy", "--name", "calico-bgp-lb", "--cleanup"), "");

        // when
        runtime().destroy(new LabRef("calico-bgp-lb", null), progress::add);

        // then: the kind cluster name is unknown without any file, so kind is not touched
        assertThat(runner.ranDisplay()).containsExactly("containerlab destroy --name calico-bgp-lb --cleanup");
    }

    @Test
    void destroyWithoutStateLeavesAloneATopologyFileOfAnotherLab() throws IOException {
        // given: a label pointing at a file that now holds a different lab
        Path other = tmp.resolve("other/topology.clab.yaml");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "name: someone-else\ntopology:\n  nodes:\n    r1: {kind: linux}\n");
        docker.container(TOR, Map.of("containerlab", "calico-bgp-lb", "clab-topo-file", other.toString()));

        // when / then
        assertThatThrownBy(() -> runtime().destroy(new LabRef("calico-bgp-lb", null), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("names lab someone-else, not calico-bgp-lb; left alone");
        assertThat(runner.ran()).isEmpty();
    }

    @Test
    void destroyWithoutStateAndWithoutDockerHasNothingToRemove() {
        // given
        docker.reachable = false;

        // when
        runtime().destroy(new LabRef("calico-bgp-lb", null), progress::add);

        // then
        assertThat(runner.ran()).isEmpty();
        assertThat(progress).anyMatch(l -> l.startsWith("Docker engine not reachable"));
    }

    @Test
    void aFailingContainerlabDestroyIsReportedAfterTheRestWasTried() {
        // given
        runner.fails(List.of("containerlab", "destroy", "-t", "topology.clab.yaml", "--cleanup"), 1, "permission denied")
                .ok(List.of("kind", "get", "clusters"), "k01\n")
                .ok(List.of("kind", "delete", "cluster", "--name", "k01"), "");

        // when / then
        assertThatThrownBy(() -> runtime().destroy(lab.ref(), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("was not completely removed")
                .hasMessageContaining("permission denied");
        assertThat(runner.ranDisplay()).contains("kind delete cluster --name k01");
    }

    // ------------------------------------------------------------------ exec / inspect

    @Test
    void execRunsInTheTorNodeOrPodAndRejectsUnknownTargets() throws IOException {
        // given
        docker.running(TOR, "k01-worker");
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out("ceos01 ok"));
        docker.execAnswers.put("k01-worker", argv -> FakeDockerEngine.out("node ok"));
        Files.writeString(lab.dir().resolve("k01.kubeconfig"), "x");
        kube.execAnswers.put("multitool-1-k01-worker", new KubeClusterApi.ExecOutput("pod ok", "", 0, false));
        ClabRuntime rt = runtime();

        // when / then
        assertThat(rt.exec(lab.ref(), "ceos01", List.of("Cli", "-c", "show version"), Duration.ofSeconds(5)).stdout()).isEqualTo("ceos01 ok");
        assertThat(rt.exec(lab.ref(), "k01-worker", List.of("ip", "route"), Duration.ofSeconds(5)).stdout()).isEqualTo("node ok");
        assertThat(rt.exec(lab.ref(), "multitool-1@k01-worker", List.of("ip", "addr"), Duration.ofSeconds(5)))
                .satisfies(r -> assertThat(r.stdout()).isEqualTo("pod ok"))
                .satisfies(r -> assertThat(r.command().display()).isEqualTo("kubectl exec -n default multitool-1-k01-worker -- ip addr"));
        assertThatThrownBy(() -> rt.exec(lab.ref(), "spine1", List.of("true"), Duration.ofSeconds(5)))
                .hasMessageContaining("valid targets: ceos01, k01-control-plane, k01-worker, k01-worker2, k01-worker3, <workload>@<node>");
    }

    @Test
    void inspectShowsEveryContainerState() {
        // given
        docker.running(TOR, "k01-control-plane", "k01-worker", "k01-worker2");

        // when
        var inventory = runtime().inspect(lab.ref());

        // then
        assertThat(inventory.running()).isFalse();
        assertThat(inventory.members()).extracting(m -> m.state()).containsExactly(TOR + ": running",
                "k01-control-plane: running", "k01-worker: running", "k01-worker2: running", "k01-worker3: missing");
    }

    // ------------------------------------------------------------------ helpers

    private void sysctl(String key, String value) throws IOException {
        Path f = procSys.resolve(key.replace('.', '/'));
        Files.createDirectories(f.getParent());
        Files.writeString(f, value + "\n");
    }

    static Path copySeed(Path target) {
        try (Stream<Path> files = Files.walk(SeedLab.DIR)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(SeedLab.DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
