package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.driver.TorDrivers;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.clab.KubeClusterApi.ExecOutput;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ClabProbeTargetTest {
    private static final Path PROBE = Path.of("src/test/resources/fixtures/clab/probe");
    private static final String TOR = "clab-calico-bgp-lb-ceos01";

    final FakeDockerEngine docker = new FakeDockerEngine();
    final FakeKubeClusterApi kube = new FakeKubeClusterApi();
    final ClabProbeTarget target = new ClabProbeTarget(SeedLab.rendered(), TorDrivers.of("ceos"), docker, kube);

    @Test
    void torBgpPeersComeFromEosJsonViaDockerExec() {
        // given
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(fixture("eos_show_ip_bgp_summary.json")));

        // when
        List<BgpPeerState> peers = target.torBgpPeers();

        // then
        assertThat(docker.execs).containsExactly(TOR + " Cli -p 15 -c show ip bgp summary | json");
        assertThat(peers).extracting(BgpPeerState::peer, BgpPeerState::state, BgpPeerState::prefixesReceived)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("10.10.10.10", "Established", 2),
                        org.assertj.core.groups.Tuple.tuple("10.10.20.20", "Idle", 0));
    }

    @Test
    void torRoutesComeFromEosJson() {
        // given
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(fixture("eos_show_ip_route.json")));

        // when
        List<RouteEntry> routes = target.torRoutes();

        // then
        assertThat(docker.execs).containsExactly(TOR + " Cli -p 15 -c show ip route | json");
        assertThat(routes).filteredOn(r -> r.prefix().equals("192.168.42.192/26")).singleElement()
                .satisfies(r -> assertThat(r.nextHops()).containsExactly("10.10.10.11"))
                .satisfies(r -> assertThat(r.protocol()).isEqualTo("bgp"));
    }

    @Test
    void anFrrTorIsAskedThroughVtysh() {
        // given
        ClabProbeTarget frr = new ClabProbeTarget(SeedLab.rendered(), TorDrivers.of("frr"), docker, kube);
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out("{}"));

        // when
        List<BgpPeerState> peers = frr.torBgpPeers();

        // then
        assertThat(peers).isEmpty();
        assertThat(docker.execs).containsExactly(TOR + " vtysh -c show bgp summary json");
    }

    @Test
    void aFailingTorCliIsAnObservationFailureWithItsOutput() {
        // given
        docker.execAnswers.put(TOR, argv -> new CommandResult(Command.of("x"), 1, "", "% CLI not ready", Duration.ZERO, false));

        // when / then
        assertThatThrownBy(target::torBgpPeers)
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("docker exec " + TOR + " Cli -p 15 -c 'show ip bgp summary | json'")
                .hasMessageContaining("exit 1: % CLI not ready");
    }

    @Test
    void nodeBgpCreatesOneCalicoNodeStatusPerNodeAndReadsItsStatus() {
        // given: calico-node has filled in the status of the resource we create
        kube.resources.put("CalicoNodeStatus/labforge-k01-control-plane", json("caliconodestatus-k01-control-plane.json"));

        // when
        List<BgpPeerState> peers = target.nodeBgpPeers("k01-control-plane");

        // then
        assertThat(peers).extracting(BgpPeerState::peer, BgpPeerState::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10.10.10.1", "Established"));
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) kube.resources.get("CalicoNodeStatus/labforge-k01-control-plane").get("spec");
        assertThat(spec).containsEntry("node", "k01-control-plane").containsEntry("classes", List.of("Agent", "BGP", "Routes"))
                .containsEntry("updatePeriodSeconds", 5);
    }

    @Test
    void nodeRoutesComeFromTheNodesKernelSoFelixsVxlanRoutesAreThereToo() {
        // given: the kind node's kernel table as Felix programs it (captured on netns, same iproute2)
        docker.execAnswers.put("k01-worker", argv -> FakeDockerEngine.out(overlay("ip-j-route-show-felix.txt")));

        // when
        List<RouteEntry> routes = target.nodeRoutes("k01-worker");

        // then
        assertThat(docker.execs).containsExactly("k01-worker ip -j -4 route show");
        assertThat(routes).contains(new RouteEntry("192.168.209.64/26", "unicast", "80", List.of("192.168.209.64"), "vxlan.calico", true));
        assertThat(kube.resources).doesNotContainKey("CalicoNodeStatus/labforge-k01-worker");
    }

    @Test
    void interfacesOfTheTorByItsCliOfANodeAndOfAPodByIproute2() {
        // given
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(eos("show_interfaces.json")));
        docker.execAnswers.put("k01-worker", argv -> FakeDockerEngine.out(overlay("ip-j-addr-show-node.txt")));
        kube.podsBySelector.put("app=multitool-1", List.of(
                new PodInfo("multitool-1-x1", "default", "k01-worker3", "192.168.46.129", "Running", true)));
        kube.execAnswers.put("multitool-1-x1", new ExecOutput(overlay("ip-j-addr-show-pod.txt"), "", 0, false));

        // when
        var tor = target.interfaces(dev.labforge.check.Side.TOR, "ceos01");
        var node = target.interfaces(dev.labforge.check.Side.NODE, "k01-worker");
        var pod = target.interfaces(dev.labforge.check.Side.POD, "multitool-1@k01-worker3");

        // then
        assertThat(docker.execs).containsExactly(TOR + " Cli -p 15 -c show interfaces | json", "k01-worker ip -j addr show");
        assertThat(kube.execs).containsExactly("multitool-1-x1 ip -j addr show");
        assertThat(tor).filteredOn(i -> i.name().equals("Vlan20")).extracting(i -> i.mtu()).containsExactly(9000);
        assertThat(node).filteredOn(i -> i.name().equals("vxlan.calico")).extracting(i -> i.mtu()).containsExactly(1450);
        assertThat(pod).extracting(i -> i.name() + " " + i.mtu()).containsExactly("eth0 1450");
    }

    @Test
    void aDontFragmentPingFromAPodSendsItsPacketAndReadsTheLocalErrorFromStderr() {
        // given
        kube.podsBySelector.put("app=multitool-1", List.of(
                new PodInfo("multitool-1-x1", "default", "k01-worker", "192.168.42.193", "Running", true)));
        kube.execAnswers.put("multitool-1-x1", new ExecOutput(overlay("ping-pod-df-8900-local-error.txt"),
                overlay("ping-pod-df-8900-local-error.stderr"), 1, false));

        // when
        PingResult r = target.ping("multitool-1@k01-worker", "192.168.46.129", 2, new dev.labforge.probe.PingPacket(8900, true));

        // then
        assertThat(kube.execs).containsExactly("multitool-1-x1 ping -c 2 -W 1 -s 8900 -M do 192.168.46.129");
        assertThat(r.reported("message too long, mtu=1450")).isTrue();
        assertThatThrownBy(() -> target.ping("ceos01", "192.168.46.129", 2, new dev.labforge.probe.PingPacket(8900, true)))
                .isInstanceOf(ObservationException.class).hasMessageContaining("ping from a node or pod");
    }

    @Test
    void aFreshCalicoNodeStatusWithoutStatusMeansNoPeersYet() {
        // when
        List<BgpPeerState> peers = target.nodeBgpPeers("k01-worker");

        // then: created, but calico-node has not reported yet
        assertThat(peers).isEmpty();
        assertThat(kube.resources).containsKey("CalicoNodeStatus/labforge-k01-worker");
    }

    @Test
    void blockAffinitiesGiveTheConfirmedBlocksPerNode() {
        // given: BlockAffinity spec fields as Calico writes them (deleted is a string)
        kube.resources.put("BlockAffinity/k01-worker-192-168-42-192-26", affinity("k01-worker", "192.168.42.192/26", "confirmed", "false"));
        kube.resources.put("BlockAffinity/k01-worker3-192-168-46-128-26", affinity("k01-worker3", "192.168.46.128/26", "confirmed", "false"));
        kube.resources.put("BlockAffinity/k01-worker3-192-168-46-192-26", affinity("k01-worker3", "192.168.46.192/26", "pending", "false"));
        kube.resources.put("BlockAffinity/k01-worker2-192-168-88-192-26", affinity("k01-worker2", "192.168.88.192/26", "confirmed", "true"));

        // when / then
        assertThat(target.blockAffinities()).containsExactly(
                Map.entry("k01-worker", List.of("192.168.42.192/26")), Map.entry("k01-worker3", List.of("192.168.46.128/26")));
    }

    private static Map<String, Object> affinity(String node, String cidr, String state, String deleted) {
        return Map.of("apiVersion", "crd.projectcalico.org/v1", "kind", "BlockAffinity",
                "spec", Map.of("node", node, "cidr", cidr, "state", state, "deleted", deleted, "type", "host"));
    }

    @Test
    void unknownNodesAreRejectedWithTheValidNames() {
        assertThatThrownBy(() -> target.nodeBgpPeers("k01-worker9"))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessageContaining("k01-control-plane, k01-worker, k01-worker2, k01-worker3");
        assertThat(kube.resources).isEmpty();
    }

    @Test
    void addressesComeFromTheModelForRoutersAndNodesAndFromPodStatusForPods() {
        // given
        kube.podsBySelector.put("app=multitool-1", List.of(
                new PodInfo("multitool-1-x1", "default", "k01-worker", "192.168.42.193", "Running", true),
                new PodInfo("multitool-1-x2", "default", "k01-worker3", null, "Pending", false)));

        // then
        assertThat(target.addressOf("ceos01")).isEqualTo("10.10.10.1");
        assertThat(target.addressOf("k01-worker3")).isEqualTo("10.10.20.20");
        assertThat(target.addressOf("multitool-1@k01-worker")).isEqualTo("192.168.42.193");
        assertThatThrownBy(() -> target.addressOf("multitool-1@k01-worker3"))
                .isInstanceOf(ObservationException.class).hasMessageContaining("no address yet (phase Pending)");
        assertThatThrownBy(() -> target.addressOf("multitool-1@k01-worker2"))
                .isInstanceOf(ObservationException.class).hasMessageContaining("no pod app=multitool-1 on k01-worker2 yet");
        assertThatThrownBy(() -> target.addressOf("redis@k01-worker"))
                .isInstanceOf(UnknownTargetException.class).hasMessageContaining("multitool-1@k01-worker3");
    }

    @Test
    void podPingsRunByPodExecAndTorPingsThroughTheEosCli() {
        // given
        kube.podsBySelector.put("app=multitool-1", List.of(
                new PodInfo("multitool-1-x1", "default", "k01-worker", "192.168.42.193", "Running", true)));
        kube.execAnswers.put("multitool-1-x1", new ExecOutput(fixture("ping_pod_iputils.txt"), "", 0, false));
        docker.execAnswers.put(TOR, argv -> FakeDockerEngine.out(fixture("ping_eos.txt")));

        // when
        PingResult fromPod = target.ping("multitool-1@k01-worker", "192.168.46.129", 2);
        PingResult fromTor = target.ping("ceos01", "192.168.42.193", 3);

        // then
        assertThat(kube.execs).containsExactly("multitool-1-x1 ping -c 2 -W 1 192.168.46.129");
        assertThat(fromPod.received()).isEqualTo(2);
        assertThat(fromPod.ttls()).containsExactly(61, 61);
        assertThat(docker.execs).containsExactly(TOR + " Cli -p 15 -c ping 192.168.42.193 repeat 3");
        assertThat(fromTor.ttls()).containsExactly(63, 63, 63);
    }

    @Test
    void aPingWithoutRepliesIsAResultNotAnError() {
        // given: ping exits 1 when nothing comes back
        kube.podsBySelector.put("app=multitool-1", List.of(
                new PodInfo("multitool-1-x1", "default", "k01-worker", "192.168.42.193", "Running", true)));
        kube.execAnswers.put("multitool-1-x1", new ExecOutput("""
                PING 192.168.46.129 (192.168.46.129) 56(84) bytes of data.

                --- 192.168.46.129 ping statistics ---
                2 packets transmitted, 0 received, 100% packet loss, time 1010ms
                """, "", 1, false));

        // when
        PingResult r = target.ping("multitool-1@k01-worker", "192.168.46.129", 2);

        // then
        assertThat(r.transmitted()).isEqualTo(2);
        assertThat(r.anyReply()).isFalse();
    }

    @Test
    void pingTargetsMustBeAddressesBecauseTheyEndUpInACliString() {
        assertThatThrownBy(() -> target.ping("ceos01", "1.1.1.1 ; reload now", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4 address");
        assertThat(docker.execs).isEmpty();
    }

    private static String overlay(String name) {
        return read(Path.of("src/test/resources/fixtures/overlay").resolve(name));
    }

    private static String eos(String name) {
        return read(Path.of("src/test/resources/fixtures/eos").resolve(name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture(String name) {
        try {
            return Files.readString(PROBE.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String name) {
        return JsonMapper.builder().build().readValue(fixture(name), Map.class);
    }
}
