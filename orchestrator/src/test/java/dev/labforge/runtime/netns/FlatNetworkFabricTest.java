package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.netns.EmulationPlan.NetworkPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.NetnsFabric.Member;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab without a ToR read from its rendered folder (labs/16-static-ip) and built on a flat network. */
class FlatNetworkFabricTest {
    private static final String NET = "clab-k01-kind";
    private static final String CP = "clab-k01-k01-control-plane";
    private static final String WORKER = "clab-k01-k01-worker";

    @TempDir
    Path tmp;

    private EmulationPlan read() {
        return RenderedLabReader.read(RenderedLabs.render("16-static-ip", null, tmp.resolve("16")));
    }

    @Test
    void theNodesSitOnThePlansFlatNetworkWithTheirAddressOnEth0AndNoExecLines() {
        // when
        EmulationPlan plan = read();
        // then
        assertThat(plan.tor()).isEmpty();
        assertThat(plan.network()).contains(new NetworkPlan("kind", "172.18.0.0/16", "172.18.0.1"));
        assertThat(plan.nodes()).extracting(NodePlan::name, NodePlan::role, NodePlan::cidr, NodePlan::uplink).containsExactly(
                org.assertj.core.groups.Tuple.tuple("k01-control-plane", "control-plane", "172.18.0.2/16", "eth0"),
                org.assertj.core.groups.Tuple.tuple("k01-worker", "worker", "172.18.0.3/16", "eth0"));
        assertThat(plan.nodes()).allSatisfy(n -> assertThat(n.exec()).isEmpty());
        assertThat(plan.blocksOf("k01-worker")).containsExactly("192.168.0.64/26", "192.168.100.0/26");
        assertThat(plan.pod("static-pod@k01-worker")).hasValueSatisfying(p -> assertThat(p.ip()).isEqualTo("192.168.100.10"));
        assertThat(plan.calico().nodeToNodeMesh()).as("no BGPConfiguration: Calico's default").isTrue();
        assertThat(plan.targets()).doesNotContain("kind").contains("k01-worker", "static-pod@k01-worker");
        assertThatThrownBy(plan::router).isInstanceOf(IllegalStateException.class).hasMessageContaining("no ToR");
    }

    @Test
    void theNetworkIsABridgeWithoutAddressInItsOwnNamespaceWithEveryNodesEth0OnIt() {
        // given
        NetnsFabric fabric = new NetnsFabric(read());
        // when / then
        assertThat(fabric.members()).first().isEqualTo(new Member("network", "kind", NET));
        assertThat(fabric.underlayNs()).isEqualTo(NET);
        assertThat(fabric.runsFrr()).isFalse();
        assertThat(fabric.fabricLinkBatch()).containsExactly(
                "link add eth1 netns " + NET + " type veth peer name eth0 netns " + CP,
                "link add eth2 netns " + NET + " type veth peer name eth0 netns " + WORKER);
        assertThat(fabric.underlayBatch()).containsExactly("link add br0 type bridge", "link set eth1 master br0", "link set eth1 up",
                "link set eth2 master br0", "link set eth2 up", "link set br0 up");
        assertThat(fabric.underlayBatch()).noneMatch(l -> l.startsWith("addr ") || l.startsWith("route "));
        assertThat(fabric.forwardingSysctls()).containsOnlyKeys(CP, WORKER)
                .containsEntry(WORKER, List.of("net.ipv4.ip_forward=1"));
    }

    @Test
    void eachNodeGetsItsAddressOnEth0ADefaultRouteOnlinkAndFelixsRoutesToTheOtherNodesBlocks() {
        // given
        EmulationPlan plan = read();
        NetnsFabric fabric = new NetnsFabric(plan);
        // when
        List<String> cp = fabric.nodeBatch(plan.node("k01-control-plane").orElseThrow());
        List<String> worker = fabric.nodeBatch(plan.node("k01-worker").orElseThrow());
        // then
        // (Felix's lines come from FelixDataplane, as behind a ToR, with eth0 as the uplink)
        assertThat(cp).containsExactly("link set eth0 up", "addr add 172.18.0.2/16 dev eth0",
                "route add default via 172.18.0.1 dev eth0 onlink",
                "link add vxlan.calico type vxlan id 4096 local 172.18.0.2 dstport 4789 nolearning dev eth0",
                "link set vxlan.calico address 66:6c:c0:a8:00:00 mtu 1450 up",
                "addr add 192.168.0.0/32 dev vxlan.calico",
                "route add 192.168.0.64/26 via 172.18.0.3 dev eth0 onlink proto 80",
                "route add 192.168.100.0/26 via 172.18.0.3 dev eth0 onlink proto 80",
                "neigh add 192.168.0.64 lladdr 66:6c:c0:a8:00:40 dev vxlan.calico nud permanent",
                "route add blackhole 192.168.0.0/26 proto 80");
        assertThat(worker).contains("route add 192.168.0.0/26 via 172.18.0.2 dev eth0 onlink proto 80")
                .noneMatch(l -> l.contains("dev vxlan.calico onlink"));
    }

    @Test
    void aFolderWhosePlanNamesNoToRButWhoseTopologyHasARouterOrOtherNodesIsRefused() throws IOException {
        // given
        Path dir = RenderedLabs.render("16-static-ip", null, tmp.resolve("16"));
        Path plan = dir.resolve("labforge/plan.yaml");
        String text = Files.readString(plan);
        // when: the plan's nodes are not the kind config's
        Files.writeString(plan, text.replace("{name: k01-worker, ip: 172.18.0.3}", "{name: k01-worker9, ip: 172.18.0.3}"));
        // then
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("nodes [k01-control-plane, k01-worker9] are not the nodes of k01.kind.yaml");

        // and when: an address outside the network
        Files.writeString(plan, text.replace("ip: 172.18.0.3}", "ip: 10.0.0.3}"));
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("ip '10.0.0.3' of k01-worker is not an address of the network 172.18.0.0/16");

        // and when: the topology has a router the plan does not name
        Files.writeString(plan, text);
        Path topology = dir.resolve("topology.clab.yaml");
        Files.writeString(topology, Files.readString(topology).replace("  nodes:\n", "  nodes:\n    tor1:\n      kind: linux\n"));
        assertThatThrownBy(() -> RenderedLabReader.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("node tor1: a linux node, but labforge/plan.yaml names no ToR");
    }
}
