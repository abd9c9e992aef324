package dev.labforge.runtime.clab;

import dev.labforge.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.model.Node;
import dev.labforge.model.Workload;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.RenderedLab;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionConditionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploy of the really rendered seed with the real fabric8 client against the mock API server in
 * CRUD mode: every rendered YAML is parsed and stored by a (mock) API server. The waits run on a
 * fake clock whose sleeper plays the cluster: while the runtime waits, "the operator" marks the
 * CRDs Established, reports TigeraStatus, registers Ready nodes and starts Ready pods.
 */
@EnableKubernetesMockClient(crud = true)
class ClabRuntimeOnMockClusterTest {
    private static final Path CACHE = Path.of("src/test/resources/fixtures/clab/calico-cache");
    private static final String TOR = "clab-calico-bgp-lb-ceos01";

    KubernetesClient client;

    @TempDir
    Path tmp;

    final FakeClock clock = new FakeClock();
    final FakeDockerEngine docker = new FakeDockerEngine();
    final List<String> progress = new ArrayList<>();
    RenderedLab lab;
    ScriptedCommandRunner runner;
    boolean operatorWorks = true;

    @BeforeEach
    void setUp() throws IOException {
        lab = RenderedSeed.renderInto(tmp.resolve("out"));
        String renderedEos = Files.readString(lab.dir().resolve("startup-configs/ceos01-startup-config.cfg"));
        docker.images.addAll(List.of(lab.model().tor().orElseThrow().image(), lab.model().cluster().image()));
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(renderedEos));
        runner = new ScriptedCommandRunner()
                .ok(List.of("containerlab", "version"), "version: 0.68.0")
                .ok(List.of("kind", "version"), "kind v0.27.0 go1.23.6 linux/amd64")
                .ok(List.of("kind", "get", "clusters"), "")
                .ok(List.of("kind", "get", "kubeconfig", "--name", "k01"), "apiVersion: v1\n")
                .on(List.of("containerlab", "deploy", "-t", "topology.clab.yaml", "--reconfigure"), c -> {
                    docker.container(TOR, Map.of("containerlab", "calico-bgp-lb"));
                    lab.model().cluster().nodes().forEach(n -> docker.running(n.name()));
                    return ScriptedCommandRunner.result(c, 0, "", "");
                });
    }

    ClabRuntime runtime() throws IOException {
        Path procSys = tmp.resolve("proc-sys");
        Files.createDirectories(procSys.resolve("fs/inotify"));
        Files.writeString(procSys.resolve("fs/inotify/max_user_watches"), "524288");
        Files.writeString(procSys.resolve("fs/inotify/max_user_instances"), "512");
        dev.labforge.wait.Sleeper playCluster = d -> {
            clock.advance(d);
            if (operatorWorks) {
                actLikeTheCluster();
            }
        };
        return new ClabRuntime(new ClabRuntime.Dependencies(runner, docker, // a client of its own: deploy closes it when done
                p -> new Fabric8ClusterApi(new KubernetesClientBuilder().withConfig(client.getConfiguration()).build()),
                new CalicoManifests(CACHE, (u, t) -> {
                    throw new AssertionError("cached");
                }), new HostLimits(procSys), ClabDeadlines.defaults(), clock, playCluster, Duration.ofSeconds(5)));
    }

    @Test
    void theRenderedSeedIsAppliedAndEveryWaitEndsWhenTheClusterIsReady() throws IOException {
        // when
        runtime().deploy(lab, Duration.ofMinutes(60), progress::add);

        // then: the rendered Calico resources are stored as the API server would keep them
        assertThat(client.genericKubernetesResources("crd.projectcalico.org/v1", "BGPPeer").list().getItems())
                .extracting(r -> r.getMetadata().getName()).containsExactlyInAnyOrder("bgppeer-vlan-10", "bgppeer-vlan-20");
        GenericKubernetesResource bgp = client.genericKubernetesResources("crd.projectcalico.org/v1", "BGPConfiguration")
                .withName("default").get();
        assertThat(((Map<?, ?>) bgp.getAdditionalProperties().get("spec")).get("nodeToNodeMeshEnabled")).isEqualTo(false);
        assertThat(client.genericKubernetesResources("operator.tigera.io/v1", "Installation").withName("default").get()).isNotNull();
        assertThat(client.apps().daemonSets().inNamespace("default").list().getItems())
                .extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrder("multitool-1", "multitool-2");
        assertThat(client.services().inNamespace("default").withName("lb-nginx-service").get().getSpec().getType())
                .isEqualTo("LoadBalancer");
        assertThat(client.apps().deployments().inNamespace("tigera-operator").withName("tigera-operator").get()).isNotNull();
        assertThat(progress).contains("calico-operator done in 5.0 s", "tor-config done in 0.0 s");
    }

    @Test
    void anOperatorThatNeverReportsTimesOutInCalicoOperatorWithTheCrdsNamed() throws IOException {
        // given
        operatorWorks = false;

        // when / then
        assertThatThrownBy(() -> runtime().deploy(lab, Duration.ofMinutes(60), progress::add))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("clab phase calico-operator failed after 5 min: timed out after 5m")
                .hasMessageContaining("not Established yet: installations.operator.tigera.io, apiservers.operator.tigera.io,"
                        + " tigerastatuses.operator.tigera.io, bgpconfigurations.crd.projectcalico.org, bgppeers.crd.projectcalico.org and 3 more");
    }

    /** What the API server, the operator, kubelet and the scheduler would have done by now. */
    private void actLikeTheCluster() {
        for (CustomResourceDefinition crd : client.apiextensions().v1().customResourceDefinitions().list().getItems()) {
            if (crd.getStatus() == null || crd.getStatus().getConditions() == null || crd.getStatus().getConditions().isEmpty()) {
                crd.setStatus(new CustomResourceDefinitionStatus());
                crd.getStatus().setConditions(List.of(new CustomResourceDefinitionConditionBuilder()
                        .withType("Established").withStatus("True").build()));
                client.apiextensions().v1().customResourceDefinitions().resource(crd).updateStatus();
            }
        }
        for (String name : List.of("calico", "apiserver")) {
            GenericKubernetesResource ts = new GenericKubernetesResource();
            ts.setApiVersion("operator.tigera.io/v1");
            ts.setKind("TigeraStatus");
            ts.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
            ts.setAdditionalProperty("status", Map.of("conditions", List.of(Map.of("type", "Available", "status", "True"))));
            client.genericKubernetesResources("operator.tigera.io/v1", "TigeraStatus").resource(ts).createOr(o -> o.update());
        }
        for (Node n : lab.model().cluster().nodes()) {
            client.nodes().resource(new NodeBuilder().withNewMetadata().withName(n.name()).endMetadata()
                    .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build())
                    .createOr(o -> o.update());
        }
        for (Workload w : lab.model().workloads()) {
            int i = 0;
            for (String node : w.nodes()) {
                client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(w.name() + "-" + i++)
                                .withNamespace("default").addToLabels("app", w.name()).endMetadata()
                                .withNewSpec().withNodeName(node).endSpec()
                                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                                .endCondition().endStatus().build())
                        .createOr(o -> o.update());
            }
        }
    }
}
