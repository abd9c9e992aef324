package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.PoolDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's nodes (three on VLAN 10, k01-worker3 on VLAN 20, eth1 at 9000) with a VXLAN pool instead of its own. */
class FelixDataplaneTest {
    private static final EmulationPlan SEED = RenderedLabReader.read(RenderedLabReaderTest.SEED);

    private static EmulationPlan withVxlan(String mode, Integer mtu) {
        CalicoResources c = SEED.calico();
        PoolDef pool = new PoolDef("default-ipv4-ippool", "192.168.0.0/17", 26, "Never", mode, true, true, "all()", null);
        return new EmulationPlan(SEED.lab(), SEED.cluster(), SEED.tor(), SEED.network(), SEED.nodes(), SEED.pods(), SEED.blocks(),
                new CalicoResources(c.asNumber(), c.nodeToNodeMesh(), List.of(), List.of(), List.of(pool), c.peers(), mtu),
                EmulationPlan.built(SEED.router()), SEED.pings());
    }

    private static NodePlan node(EmulationPlan plan, String name) {
        return plan.node(name).orElseThrow();
    }

    @Test
    void crossSubnetRoutesSameSubnetBlocksDirectlyAndTheOtherSubnetsThroughTheTunnel() {
        // given
        EmulationPlan plan = withVxlan("CrossSubnet", null);
        FelixDataplane felix = new FelixDataplane(plan);
        // when
        List<String> worker = felix.ipLines(node(plan, "k01-worker"));
        // then: the device at the pod MTU (eth0 1500 caps eth1 9000: 1450), its VTEP the block's first address
        assertThat(worker).startsWith(
                "link add vxlan.calico type vxlan id 4096 local 10.10.10.11 dstport 4789 nolearning dev eth1",
                "link set vxlan.calico address 66:6c:c0:a8:2a:c0 mtu 1450 up",
                "addr add 192.168.42.192/32 dev vxlan.calico");
        assertThat(worker).contains(
                "route add 192.168.69.0/26 via 10.10.10.10 dev eth1 onlink proto 80",
                "route add 192.168.88.192/26 via 10.10.10.12 dev eth1 onlink proto 80",
                "route add 192.168.46.128 dev vxlan.calico scope link proto 80",
                "route add 192.168.46.128/26 via 192.168.46.128 dev vxlan.calico onlink proto 80",
                "neigh add 192.168.46.128 lladdr 66:6c:c0:a8:2e:80 dev vxlan.calico nud permanent",
                "neigh add 192.168.69.0 lladdr 66:6c:c0:a8:45:00 dev vxlan.calico nud permanent")
                .endsWith("route add blackhole 192.168.42.192/26 proto 80");
        assertThat(felix.fdbLines(node(plan, "k01-worker"))).containsExactly(
                "fdb add 66:6c:c0:a8:45:00 dev vxlan.calico dst 10.10.10.10 self permanent",
                "fdb add 66:6c:c0:a8:58:c0 dev vxlan.calico dst 10.10.10.12 self permanent",
                "fdb add 66:6c:c0:a8:2e:80 dev vxlan.calico dst 10.10.20.20 self permanent");
    }

    @Test
    void theNodeAloneOnItsSubnetReachesEveryOtherBlockThroughTheTunnel() {
        // given
        EmulationPlan plan = withVxlan("CrossSubnet", null);
        // when
        List<String> worker3 = new FelixDataplane(plan).ipLines(node(plan, "k01-worker3"));
        // then
        assertThat(worker3).filteredOn(l -> l.contains("/26 via")).containsExactly(
                "route add 192.168.69.0/26 via 192.168.69.0 dev vxlan.calico onlink proto 80",
                "route add 192.168.42.192/26 via 192.168.42.192 dev vxlan.calico onlink proto 80",
                "route add 192.168.88.192/26 via 192.168.88.192 dev vxlan.calico onlink proto 80");
        assertThat(worker3).noneMatch(l -> l.contains("dev eth1 onlink"));
    }

    @Test
    void vxlanAlwaysTunnelsEvenOnTheSameSubnet() {
        // given
        EmulationPlan plan = withVxlan("Always", null);
        // when
        List<String> worker = new FelixDataplane(plan).ipLines(node(plan, "k01-worker"));
        // then
        assertThat(worker).contains("route add 192.168.69.0/26 via 192.168.69.0 dev vxlan.calico onlink proto 80")
                .noneMatch(l -> l.contains("dev eth1 onlink"));
    }

    @Test
    void theInstallationsMtuWinsOverTheDetectionAndGoesToTheDeviceAndThePods() {
        // given
        EmulationPlan plan = withVxlan("CrossSubnet", 8950);
        NetnsFabric fabric = new NetnsFabric(plan);
        // when
        List<String> worker = new FelixDataplane(plan).ipLines(node(plan, "k01-worker"));
        // then
        assertThat(worker).contains("link set vxlan.calico address 66:6c:c0:a8:2a:c0 mtu 8950 up");
        assertThat(fabric.podBatch(plan.pod("multitool-1@k01-worker").orElseThrow())).first().isEqualTo("link set eth0 mtu 8950 up");
        assertThat(fabric.nodePodBatch("k01-worker")).first().asString().endsWith(" mtu 8950 up");
    }

    @Test
    void withoutVxlanPoolsFelixProgramsNothingAndPodsKeepTheLinksMtu() {
        // given the seed as rendered (pool None)
        FelixDataplane felix = new FelixDataplane(SEED);
        // when / then
        assertThat(felix.ipLines(node(SEED, "k01-worker"))).isEmpty();
        assertThat(felix.fdbLines(node(SEED, "k01-worker"))).isEmpty();
        assertThat(felix.podMtu(node(SEED, "k01-worker"))).isEqualTo(1500);
        assertThat(node(SEED, "k01-worker").uplinkMtu()).isEqualTo(9000);
    }
}
