package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.PoolDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetnsFabricTest {
    private static final EmulationPlan SEED = RenderedLabReader.read(RenderedLabReaderTest.SEED);
    private static final String TOR = "clab-calico-bgp-lb-ceos01";
    private static final String WORKER = "clab-calico-bgp-lb-k01-worker";

    private final NetnsFabric fabric = new NetnsFabric(SEED);

    @Test
    void createsOneNamespacePerRouterNodeAndPodAndMarksEach() {
        // when
        List<String> batch = fabric.namespaceBatch();

        // then
        assertThat(batch).hasSize(14).startsWith("netns add " + TOR, "netns add clab-calico-bgp-lb-k01-control-plane")
                .contains("netns add clab-calico-bgp-lb-pod-multitool-1-k01-worker3", "netns add clab-calico-bgp-lb-pod-nginx-k01-worker");
        assertThat(fabric.markBatch()).containsExactly("link set lo up", "link property add dev lo altname lf.calico-bgp-lb");
    }

    @Test
    void wiresTorPortsToNodeEth1AndGivesEachNodeADeadEndEth0PairInsideItsNamespace() {
        assertThat(fabric.fabricLinkBatch()).containsExactly(
                "link add eth1 netns " + TOR + " type veth peer name eth1 netns clab-calico-bgp-lb-k01-control-plane",
                "link add eth2 netns " + TOR + " type veth peer name eth1 netns " + WORKER,
                "link add eth3 netns " + TOR + " type veth peer name eth1 netns clab-calico-bgp-lb-k01-worker2",
                "link add eth4 netns " + TOR + " type veth peer name eth1 netns clab-calico-bgp-lb-k01-worker3",
                "link add eth0 netns clab-calico-bgp-lb-k01-control-plane type veth peer name eth0-peer netns clab-calico-bgp-lb-k01-control-plane",
                "link add eth0 netns " + WORKER + " type veth peer name eth0-peer netns " + WORKER,
                "link add eth0 netns clab-calico-bgp-lb-k01-worker2 type veth peer name eth0-peer netns clab-calico-bgp-lb-k01-worker2",
                "link add eth0 netns clab-calico-bgp-lb-k01-worker3 type veth peer name eth0-peer netns clab-calico-bgp-lb-k01-worker3");
    }

    @Test
    void buildsOneBridgePerVlanWithTheSviAndItsPorts() {
        // when
        List<String> batch = fabric.underlayBatch();

        // then
        assertThat(batch).containsSubsequence("link add br10 type bridge", "link set eth1 mtu 9124", "link set eth1 master br10",
                "link set eth3 master br10", "link set br10 mtu 9124", "addr add 10.10.10.1/24 dev br10", "link set br10 up",
                "link add br20 type bridge", "link set eth4 master br20", "addr add 10.10.20.1/24 dev br20", "link set br20 up");
    }

    @Test
    void nodeBatchRunsTheTopologyExecLinesAfterTheDefaultRouteOnEth0() {
        // when
        List<String> batch = fabric.nodeBatch(SEED.node("k01-worker").orElseThrow());

        // then
        assertThat(batch).containsExactly("link set eth0-peer up", "link set eth0 up", "route add default dev eth0", "link set eth1 up",
                "link set dev eth1 mtu 9000", "addr add dev eth1 10.10.10.11/24", "route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.11");
    }

    @Test
    void wiresPodsTheCalicoWay() {
        // given
        EmulationPlan.PodPlan pod = SEED.pod("multitool-1@k01-worker").orElseThrow();
        String cali = new NetnsNames("calico-bgp-lb").caliInterface("multitool-1-k01-worker");

        // then
        assertThat(fabric.podLinkBatch()).contains(
                "link add " + cali + " netns " + WORKER + " type veth peer name eth0 netns clab-calico-bgp-lb-pod-multitool-1-k01-worker");
        assertThat(fabric.podBatch(pod)).containsExactly("link set eth0 mtu 1500 up", "addr add 192.168.42.193/32 dev eth0",
                "route add 169.254.1.1 dev eth0 scope link", "route add default via 169.254.1.1 dev eth0");
        assertThat(fabric.nodePodBatch("k01-worker")).hasSize(6)
                .startsWith("link set " + cali + " mtu 1500 up", "route add 192.168.42.193/32 dev " + cali + " scope link");
        assertThat(fabric.podSysctls().get(WORKER)).hasSize(6)
                .startsWith("net.ipv4.conf." + cali + ".proxy_arp=1", "net.ipv4.neigh." + cali + ".proxy_delay=0");
    }

    @Test
    void forwardsInRouterAndNodesButNeverBackOutOfTheDeadEnd() {
        // when
        Map<String, List<String>> sysctls = fabric.forwardingSysctls();

        // then
        assertThat(sysctls.get(TOR)).containsExactly("net.ipv4.ip_forward=1");
        assertThat(sysctls.get(WORKER)).containsExactly("net.ipv4.ip_forward=1", "net.ipv4.conf.eth0-peer.forwarding=0");
        assertThat(sysctls).hasSize(5);
    }

    @Test
    void ipipIsRefusedWithWhatToUseInstead() {
        // given: the seed's pool with IPIP
        CalicoResources c = SEED.calico();
        PoolDef pool = new PoolDef("default-ipv4-ippool", "192.168.0.0/17", 26, "Always", "Never", false, false, "all()", null);
        EmulationPlan plan = new EmulationPlan(SEED.lab(), SEED.cluster(), SEED.tor(), SEED.network(), SEED.nodes(), SEED.pods(), SEED.blocks(),
                new CalicoResources(c.asNumber(), c.nodeToNodeMesh(), List.of(), List.of(), List.of(pool), c.peers()),
                EmulationPlan.built(SEED.router()), SEED.pings());

        // when / then
        assertThatThrownBy(() -> new NetnsFabric(plan)).isInstanceOf(DeployException.class)
                .hasMessageContaining("IP pool default-ipv4-ippool uses IPIP (ipipMode Always)")
                .hasMessageContaining("lab doctor").hasMessageContaining("VXLANCrossSubnet").hasMessageContaining("--runtime clab");
    }

    @Test
    void vxlanCrossSubnetInsideOneSubnetGetsFelixStyleDirectRoutes() {
        // given: drop k01-worker3 (VLAN 20) and its block/pods
        EmulationPlan one = withPool(SEED, "CrossSubnet");
        EmulationPlan plan = new EmulationPlan(one.lab(), one.cluster(), one.tor(), one.network(),
                one.nodes().stream().filter(n -> !n.name().equals("k01-worker3")).toList(),
                one.pods().stream().filter(p -> !p.node().equals("k01-worker3")).toList(),
                one.blocks().stream().filter(b -> !b.node().equals("k01-worker3")).toList(), one.calico(), EmulationPlan.built(one.router()), List.of());

        // when
        NodePlan worker = plan.node("k01-worker").orElseThrow();
        List<String> batch = new NetnsFabric(plan).nodeBatch(worker);

        // then
        assertThat(batch).contains("route add 192.168.69.0/26 via 10.10.10.10 dev eth1 onlink proto 80",
                "route add 192.168.88.192/26 via 10.10.10.12 dev eth1 onlink proto 80", "route add blackhole 192.168.42.192/26 proto 80");
        assertThat(batch).noneMatch(l -> l.contains("dev vxlan.calico onlink"));
    }

    private static EmulationPlan withPool(EmulationPlan p, String vxlanMode) {
        CalicoResources c = p.calico();
        PoolDef pool = new PoolDef("default-ipv4-ippool", "192.168.0.0/17", 26, "Never", vxlanMode, false, false, "all()", null);
        CalicoResources calico = new CalicoResources(c.asNumber(), c.nodeToNodeMesh(), c.serviceLoadBalancerIPs(),
                c.prefixAdvertisements(), List.of(pool), c.peers());
        return new EmulationPlan(p.lab(), p.cluster(), p.tor(), p.network(), p.nodes(), p.pods(), p.blocks(), calico, EmulationPlan.built(p.router()), p.pings());
    }
}
