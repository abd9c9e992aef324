package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPort;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import dev.labforge.runtime.netns.config.VlanSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedLabReaderTest {
    static final Path SEED = Path.of("src/test/resources/rendered/10-calico-bgp-ippool");

    @TempDir
    Path tmp;

    @Test
    void readsTheSeedLabFromItsRenderedFiles() {
        // when
        EmulationPlan plan = RenderedLabReader.read(SEED);

        // then
        assertThat(plan.lab()).isEqualTo("calico-bgp-lb");
        assertThat(plan.cluster()).isEqualTo("k01");
        assertThat(plan.tor().orElseThrow().name()).isEqualTo("ceos01");
        assertThat(plan.tor().orElseThrow().platform()).isEqualTo("ceos");
        assertThat(plan.tor().orElseThrow().ports()).containsExactly(new TorPort("eth1", "k01-control-plane"), new TorPort("eth2", "k01-worker"),
                new TorPort("eth3", "k01-worker2"), new TorPort("eth4", "k01-worker3"));
        assertThat(plan.nodes()).extracting(NodePlan::name)
                .containsExactly("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3");
        NodePlan w3 = plan.node("k01-worker3").orElseThrow();
        assertThat(w3.role()).isEqualTo("worker");
        assertThat(w3.ip()).isEqualTo("10.10.20.20");
        assertThat(w3.cidr()).isEqualTo("10.10.20.20/24");
        assertThat(w3.labels()).isEqualTo(Map.of("vlan", "20"));
        assertThat(w3.exec()).extracting(IpExecLine::batchLine).containsExactly("link set dev eth1 mtu 9000",
                "addr add dev eth1 10.10.20.20/24", "route add 10.10.10.0/24 via 10.10.20.1 src 10.10.20.20");
        assertThat(plan.node("k01-control-plane").orElseThrow().role()).isEqualTo("control-plane");
        assertThat(plan.blocksOf("k01-worker")).containsExactly("192.168.42.192/26");
        assertThat(plan.pods()).hasSize(9);
        assertThat(plan.pod("multitool-1@k01-worker3")).contains(
                new PodPlan("multitool-1-k01-worker3", "multitool-1", "k01-worker3", "192.168.46.129"));
        assertThat(plan.router().vlans()).extracting(VlanSetup::id, VlanSetup::sviCidr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "10.10.10.1/24"),
                        org.assertj.core.groups.Tuple.tuple(20, "10.10.20.1/24"));
        assertThat(plan.router().vlans().get(1).ports()).containsExactly("eth4");
        assertThat(plan.router().frrConf()).contains("next-hop-self force");
        assertThat(plan.calico().asNumber()).isEqualTo(65010);
        assertThat(plan.pings()).hasSize(3);
        assertThat(plan.nodeFacts().get(1).blocks()).containsExactly("192.168.42.192/26");
    }

    @Test
    void namesNodeAndLineOfAnExecLineThatIsNotAnIpCommand() throws IOException {
        // given
        Path dir = copySeed();
        edit(dir.resolve("topology.clab.yaml"), "- ip route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.11",
                "- echo hello > /tmp/x");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("node k01-worker exec[2]")
                .hasMessageContaining("'echo hello > /tmp/x' is not an ip command");
    }

    @Test
    void refusesALinkThatIsNotTorToNodeEth1() throws IOException {
        // given
        Path dir = copySeed();
        edit(dir.resolve("topology.clab.yaml"), "\"k01-worker:eth1\"", "\"k01-worker:eth2\"");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("links[1]").hasMessageContaining("ceos01:ethN <-> <node>:eth1");
    }

    @Test
    void refusesKindNodesWithoutExtContainer() throws IOException {
        // given: a fifth worker in the kind config only
        Path dir = copySeed();
        Files.writeString(dir.resolve("k01.kind.yaml"), Files.readString(dir.resolve("k01.kind.yaml")) + "  - role: worker\n");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("creates node k01-worker4 but topology.clab.yaml has no ext-container node of that name");
    }

    @Test
    void refusesANodeIpThatDiffersFromTheEth1Address() throws IOException {
        // given
        Path dir = copySeed();
        edit(dir.resolve("k01.kind.yaml"), "node-ip: \"10.10.10.12\"", "node-ip: \"10.10.10.99\"");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).hasMessageContaining("node k01-worker2: eth1 gets 10.10.10.12/24")
                .hasMessageContaining("node-ip 10.10.10.99");
    }

    @Test
    void refusesAPlanOfAnotherLabAndPodsOnUnknownNodes() throws IOException {
        // given
        Path dir = copySeed();
        edit(dir.resolve("labforge/plan.yaml"), "node: k01-worker3, ip: 192.168.46.130", "node: k01-worker9, ip: 192.168.46.130");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).hasMessageContaining("labforge/plan.yaml: pods[7]")
                .hasMessageContaining("node k01-worker9 is not a node of the topology");

        // given
        edit(dir.resolve("labforge/plan.yaml"), "lab: calico-bgp-lb", "lab: other");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).hasMessageContaining("lab is other but topology.clab.yaml is calico-bgp-lb");
    }

    @Test
    void refusesAStartupConfigPathOutsideTheFolder() throws IOException {
        // given
        Path dir = copySeed();
        edit(dir.resolve("topology.clab.yaml"), "startup-config: k01.kind.yaml", "startup-config: ../../etc/passwd");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).hasMessageContaining("points outside the rendered folder");
    }

    @Test
    void aMissingFolderSaysWhatToPass() {
        assertThatThrownBy(() -> RenderedLabReader.read(tmp.resolve("nothing"))).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("topology.clab.yaml").hasMessageContaining("pass the folder `lab render` wrote");
    }

    private Path copySeed() throws IOException {
        Path dst = tmp.resolve("seed");
        try (Stream<Path> s = Files.walk(SEED)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(SEED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anFrrTorIsKnownByThePlanNotByItsImageName() throws IOException {
        // given the seed switched to platform frr, keeping its cEOS image name (as a student would)
        Path dir = RenderedLabs.renderVariant("10-calico-bgp-ippool", Map.of("platform: ceos", "platform: frr"), null,
                tmp.resolve("out"));

        // when
        EmulationPlan plan = RenderedLabReader.read(dir);

        // then
        assertThat(Files.readString(dir.resolve("topology.clab.yaml"))).contains("kind: linux", "image: \"ceos:");
        assertThat(plan.tor().orElseThrow().platform()).isEqualTo("frr");
        assertThat(plan.tor().orElseThrow().name()).isEqualTo("ceos01");
        assertThat(plan.router().runsFrr()).isTrue();
    }

    @Test
    void aPlanWhosePlatformDoesNotMatchTheTopologysRouterIsRefused() throws IOException {
        // given: a cEOS topology whose plan was edited to say frr
        Path dir = copySeed();
        edit(dir.resolve("labforge/plan.yaml"), "torPlatform: ceos", "torPlatform: frr");

        // when / then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("node ceos01 has kind arista_ceos but labforge/plan.yaml says torPlatform frr")
                .hasMessageContaining("re-render the lab");
    }
}
