package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.clab.KubeClusterApi.Condition;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import dev.labforge.runtime.clab.KubeClusterApi.ResourceRef;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionConditionBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class Fabric8ClusterApiTest {
    private static final Path K8S = Path.of("src/test/resources/fixtures/clab/k8s");

    KubernetesClient client;
    Fabric8ClusterApi api;

    @BeforeEach
    void setUp() {
        api = new Fabric8ClusterApi(client);
    }

    @Test
    void appliesEveryDocumentOfAMultiDocumentFileInOrder() {
        // when
        List<ResourceRef> applied = api.apply(K8S.resolve("crds.yaml"));

        // then
        assertThat(applied).extracting(ResourceRef::name).containsExactly(
                "tigerastatuses.operator.tigera.io", "caliconodestatuses.crd.projectcalico.org",
                "bgppeers.crd.projectcalico.org", "blockaffinities.crd.projectcalico.org");
        assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems()).hasSize(4);
    }

    @Test
    void applyingTwiceUpdatesInsteadOfFailing() {
        // given
        api.apply(K8S.resolve("workload.yaml"));

        // when
        List<ResourceRef> again = api.apply(K8S.resolve("workload.yaml"));

        // then
        assertThat(again).extracting(ResourceRef::display)
                .containsExactly("DaemonSet/multitool-1 -n default", "Service/multitool-1 -n default");
        assertThat(client.apps().daemonSets().inNamespace("default").withName("multitool-1").get()).isNotNull();
    }

    @Test
    void appliesCalicoCustomResourcesOnceTheirCrdsExist() {
        // given
        api.apply(K8S.resolve("crds.yaml"));

        // when
        api.apply(K8S.resolve("bgppeers.yaml"));

        // then
        assertThat(api.listClusterResources("crd.projectcalico.org/v1", "BGPPeer"))
                .extracting(m -> (Object) ((Map<?, ?>) m.get("metadata")).get("name"))
                .containsExactlyInAnyOrder((Object) "vlan-10", "vlan-20");
        assertThat(api.getClusterResource("crd.projectcalico.org/v1", "BGPPeer", "vlan-20"))
                .get().extracting(m -> (Object) ((Map<?, ?>) m.get("spec")).get("peerIP")).isEqualTo("10.10.20.1");
    }

    @Test
    void crdIsEstablishedOnlyWhenItsConditionSaysSo() {
        // given
        api.apply(K8S.resolve("crds.yaml"));
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions()
                .withName("bgppeers.crd.projectcalico.org").get();
        assertThat(api.crdEstablished("bgppeers.crd.projectcalico.org")).isFalse();

        // when
        crd.setStatus(new io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatus());
        crd.getStatus().setConditions(List.of(new CustomResourceDefinitionConditionBuilder()
                .withType("Established").withStatus("True").build()));
        client.apiextensions().v1().customResourceDefinitions().resource(crd).updateStatus();

        // then
        assertThat(api.crdEstablished("bgppeers.crd.projectcalico.org")).isTrue();
        assertThat(api.crdEstablished("nosuch.crd.projectcalico.org")).isFalse();
    }

    @Test
    void readsTigeraStatusConditionsAsAGenericResource() {
        // given
        api.apply(K8S.resolve("crds.yaml"));
        assertThat(api.tigeraStatusConditions("calico")).isEmpty();

        // when
        api.createOrUpdateClusterResource(Map.of(
                "apiVersion", "operator.tigera.io/v1", "kind", "TigeraStatus",
                "metadata", Map.of("name", "calico"),
                "status", Map.of("conditions", List.of(
                        Map.of("type", "Available", "status", "True", "reason", "AllObjectsAvailable", "message", "All objects are available"),
                        Map.of("type", "Degraded", "status", "False")))));

        // then
        Optional<List<Condition>> conditions = api.tigeraStatusConditions("calico");
        assertThat(conditions).get().asList().containsExactly(
                new Condition("Available", "True", "AllObjectsAvailable", "All objects are available"),
                new Condition("Degraded", "False", "", ""));
    }

    @Test
    void reportsNodesReadyFromTheirReadyCondition() {
        // given
        client.nodes().resource(node("k01-control-plane", "True")).create();
        client.nodes().resource(node("k01-worker", "False")).create();

        // when
        Map<String, Boolean> ready = api.nodesReady();

        // then
        assertThat(ready).containsExactly(Map.entry("k01-control-plane", true), Map.entry("k01-worker", false));
    }

    @Test
    void listsPodsByLabelWithNodeAddressAndReadiness() {
        // given
        client.pods().inNamespace("default").resource(pod("multitool-1-abcde", "multitool-1", "k01-worker", "192.168.42.193", "True")).create();
        client.pods().inNamespace("default").resource(pod("multitool-1-fghij", "multitool-1", "k01-worker3", null, "False")).create();
        client.pods().inNamespace("default").resource(pod("nginx-1", "nginx", "k01-worker2", "192.168.88.193", "True")).create();

        // when
        List<PodInfo> pods = api.pods("default", "app=multitool-1");

        // then
        assertThat(pods).containsExactlyInAnyOrder(
                new PodInfo("multitool-1-abcde", "default", "k01-worker", "192.168.42.193", "Running", true),
                new PodInfo("multitool-1-fghij", "default", "k01-worker3", null, "Running", false));
    }

    @Test
    void createsAndReadsACalicoNodeStatus() {
        // given
        api.apply(K8S.resolve("crds.yaml"));

        // when
        api.createOrUpdateClusterResource(Map.of(
                "apiVersion", "crd.projectcalico.org/v1", "kind", "CalicoNodeStatus",
                "metadata", Map.of("name", "labforge-k01-worker"),
                "spec", Map.of("node", "k01-worker", "classes", List.of("Agent", "BGP", "Routes"), "updatePeriodSeconds", 5)));
        api.createOrUpdateClusterResource(Map.of(
                "apiVersion", "crd.projectcalico.org/v1", "kind", "CalicoNodeStatus",
                "metadata", Map.of("name", "labforge-k01-worker"),
                "spec", Map.of("node", "k01-worker", "classes", List.of("BGP"), "updatePeriodSeconds", 5)));

        // then
        GenericKubernetesResource stored = client.genericKubernetesResources("crd.projectcalico.org/v1", "CalicoNodeStatus")
                .withName("labforge-k01-worker").get();
        assertThat(((Map<?, ?>) stored.getAdditionalProperties().get("spec")).get("classes")).isEqualTo(List.of("BGP"));
    }

    @Test
    void aKubeconfigFileLikeKindWritesItReachesTheCluster(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        // given: the shape of `kind get kubeconfig`, pointing at the mock API server
        client.nodes().resource(node("k01-control-plane", "True")).create();
        Path kubeconfig = tmp.resolve("k01.kubeconfig");
        java.nio.file.Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                  name: kind-k01
                contexts:
                - context:
                    cluster: kind-k01
                    user: kind-k01
                  name: kind-k01
                current-context: kind-k01
                users:
                - name: kind-k01
                  user:
                    token: test
                """.formatted(client.getMasterUrl().toString()));

        // when
        try (Fabric8ClusterApi fromFile = Fabric8ClusterApi.fromKubeconfig(kubeconfig)) {

            // then
            assertThat(fromFile.nodesReady()).containsExactly(Map.entry("k01-control-plane", true));
        }
    }

    @Test
    void aMissingFileIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> api.apply(K8S.resolve("nosuch.yaml")))
                .hasMessageContaining("nosuch.yaml");
    }

    @Test
    void anUnreachableApiServerBecomesAKubeApiExceptionNamingTheCall() {
        // given: nothing listens on port 1; no retries so the test stays quick
        Fabric8ClusterApi unreachable = new Fabric8ClusterApi(new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("https://127.0.0.1:1").withRequestRetryBackoffLimit(0).withConnectionTimeout(1000).build()).build());

        // when / then
        assertThatThrownBy(unreachable::nodesReady)
                .isInstanceOf(KubeApiException.class)
                .hasMessageContaining("list nodes");
    }

    @Test
    void selectorsMustBeKeyValuePairs() {
        assertThat(Fabric8ClusterApi.parseSelector("app=multitool-1,tier=x"))
                .containsExactly(Map.entry("app", "multitool-1"), Map.entry("tier", "x"));
        assertThatThrownBy(() -> Fabric8ClusterApi.parseSelector("app"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value");
    }

    private static io.fabric8.kubernetes.api.model.Node node(String name, String ready) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready).endCondition().endStatus().build();
    }

    private static io.fabric8.kubernetes.api.model.Pod pod(String name, String app, String node, String ip, String ready) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").addToLabels("app", app).endMetadata()
                .withNewSpec().withNodeName(node).endSpec()
                .withNewStatus().withPhase("Running").withPodIP(ip)
                .addNewCondition().withType("Ready").withStatus(ready).endCondition().endStatus().build();
    }
}
