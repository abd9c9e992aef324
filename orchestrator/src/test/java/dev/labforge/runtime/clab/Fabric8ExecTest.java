package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.runtime.clab.KubeClusterApi.ExecOutput;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pod exec over the mock server's websocket: stdout and a non-zero exit code reach the caller. */
@EnableKubernetesMockClient
class Fabric8ExecTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void execReturnsStdoutAndExitCode() {
        // given: fabric8 looks the pod up (and waits for it to run) before it opens the exec stream
        Pod pod = new PodBuilder().withNewMetadata().withName("multitool-1-x1").withNamespace("default").withResourceVersion("1").endMetadata()
                .withNewSpec().addNewContainer().withName("multitool").endContainer().endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewContainerStatus().withName("multitool").withReady(true).endContainerStatus().endStatus().build();
        server.expect().get().withPath("/api/v1/namespaces/default/pods/multitool-1-x1").andReturn(200, pod).always();
        server.expect().get().withPath("/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dmultitool-1-x1")
                .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("1").endMetadata().addToItems(pod).build()).always();
        server.expect().withPath("/api/v1/namespaces/default/pods/multitool-1-x1/exec?command=ping&command=-c&command=1&command=192.168.46.129&container=multitool&stdout=true&stderr=true")
                .andUpgradeToWebSocket().open(new OutputStreamMessage("1 packets transmitted, 0 received\n"), new StatusStreamMessage(1))
                .done().always();

        // when
        ExecOutput out = new Fabric8ClusterApi(client).exec("default", "multitool-1-x1", List.of("ping", "-c", "1", "192.168.46.129"),
                Duration.ofSeconds(10));

        // then
        assertThat(out.stdout()).isEqualTo("1 packets transmitted, 0 received\n");
        assertThat(out.exitCode()).isEqualTo(1);
        assertThat(out.timedOut()).isFalse();
    }
}
