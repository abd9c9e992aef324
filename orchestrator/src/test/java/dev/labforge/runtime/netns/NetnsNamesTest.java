package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetnsNamesTest {

    @Test
    void namesNodesLikeContainerlabAndPodsUnderThePodPrefix() {
        // given
        NetnsNames names = new NetnsNames("calico-bgp-lb");

        // when / then
        assertThat(names.nodeNs("k01-worker")).isEqualTo("clab-calico-bgp-lb-k01-worker");
        assertThat(names.podNs("multitool-1", "k01-worker")).isEqualTo("clab-calico-bgp-lb-pod-multitool-1-k01-worker");
        assertThat(names.prefix()).isEqualTo("clab-calico-bgp-lb-");
        assertThat(names.mark()).isEqualTo("lf.calico-bgp-lb");
    }

    @Test
    void caliInterfaceLooksLikeCalicosAndDependsOnLabAndPod() {
        // given
        NetnsNames a = new NetnsNames("calico-bgp-lb");
        NetnsNames b = new NetnsNames("calico-bgp-lb-svc");

        // when
        String name = a.caliInterface("multitool-1-k01-worker");

        // then
        assertThat(name).matches("cali[0-9a-f]{11}").hasSize(15);
        assertThat(a.caliInterface("multitool-1-k01-worker")).isEqualTo(name);
        assertThat(a.caliInterface("multitool-2-k01-worker")).isNotEqualTo(name);
        assertThat(b.caliInterface("multitool-1-k01-worker")).isNotEqualTo(name);
    }

    @Test
    void marksMatchOnlyTheirOwnLab() {
        assertThat(NetnsNames.isMarkOf("lf.calico-bgp-lb", "calico-bgp-lb")).isTrue();
        assertThat(NetnsNames.isMarkOf("lf.calico-bgp-lb-svc", "calico-bgp-lb")).isFalse();
        assertThat(NetnsNames.isMarkOf(null, "calico-bgp-lb")).isFalse();
    }

    @Test
    void refusesNamesThatCouldEscapeABatchLineOrPath() {
        assertThatThrownBy(() -> new NetnsNames("lab; rm -rf /")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lab name 'lab; rm -rf /'");
        assertThatThrownBy(() -> new NetnsNames("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetnsNames("lab").nodeNs("Node_1")).hasMessageContaining("node name 'Node_1'");
        assertThatThrownBy(() -> NetnsNames.requireInterface("a-name-longer-than-15")).hasMessageContaining("1-15 characters");
    }
}
