package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lab 14 (dual stack, no BGP) as the netns runtime builds it: IPv6 on the ToR, the nodes, the pods and vxlan-v6.calico. */
class DualStackFabricTest {
    private static final String WORKER = "dual-stack-worker";

    @TempDir
    Path tmp;

    private NetnsFabric fabric() {
        return new NetnsFabric(RenderedLabReader.read(RenderedLabs.render("14-calico-ipv6", null, tmp.resolve("out"))));
    }

    @Test
    void theNodesGetTheirIpv6AddressFromTheExecLinesRunWithoutDashSix() {
        // given
        NetnsFabric fabric = fabric();
        NodePlan worker = fabric.plan().node(WORKER).orElseThrow();
        // then
        assertThat(worker.ip()).isEqualTo("10.10.10.11");
        assertThat(worker.ip6()).isEqualTo("fd00:10:10::11");
        assertThat(fabric.nodeBatch(worker)).contains("addr add dev eth1 fd00:10:10::11/64 nodad",
                "route add 2001:db8::/32 via fd00:10:10::1 dev eth1");
        assertThat(fabric.forwardingSysctls().get(fabric.nodeNs(WORKER))).contains("net.ipv6.conf.all.forwarding=1");
    }

    @Test
    void theTorGetsItsIpv6SviLoopbacksAndStaticRoutesOfBothFamilies() {
        // when
        List<String> batch = fabric().underlayBatch();
        // then
        assertThat(batch).containsSubsequence("addr add 10.10.10.1/24 dev br10", "addr add fd00:10:10::1/64 dev br10 nodad",
                "link set br10 up", "addr add 1.1.1.1/32 dev lo", "addr add 2001:db8::1/128 dev lo nodad",
                "route add 192.168.0.0/16 via 10.10.10.10", "route add fd00:10:244::/48 via fd00:10:10::10");
    }

    @Test
    void anIpv6VxlanPoolGetsVxlanV6CalicoWithVni4096AndTheUnderlayMinus70() {
        // given
        NetnsFabric fabric = fabric();
        NodePlan worker = fabric.plan().node(WORKER).orElseThrow();
        // when
        List<String> batch = fabric.nodeBatch(worker);
        // then: IPv4 stays direct on the shared subnet (CrossSubnet), IPv6 is always tunnelled
        assertThat(batch).contains("route add 192.168.0.128/26 via 10.10.10.12 dev eth1 onlink proto 80")
                .containsSubsequence(
                        "link add vxlan-v6.calico type vxlan id 4096 local fd00:10:10::11 dstport 4789 nolearning dev eth1",
                        "link set vxlan-v6.calico address 66:6d:00:00:00:40 mtu 1430 up",
                        "addr add fd00:10:244::40/128 dev vxlan-v6.calico nodad",
                        "route add fd00:10:244::80/122 via fd00:10:244::80 dev vxlan-v6.calico onlink proto 80",
                        "neigh add fd00:10:244::80 lladdr 66:6d:00:00:00:80 dev vxlan-v6.calico nud permanent",
                        "route add blackhole fd00:10:244::40/122 proto 80");
        assertThat(fabric.nodeFdbBatch(worker)).contains("fdb add 66:6d:00:00:00:80 dev vxlan-v6.calico dst fd00:10:10::12 self permanent");
        assertThat(fabric.podMtu(WORKER)).isEqualTo(1430);
    }

    @Test
    void podsGetTheirIpv6AddressAndCalicosLinkLocalGatewayAnsweredByProxyNdp() {
        // given
        NetnsFabric fabric = fabric();
        PodPlan pod = fabric.plan().pod("multitool@" + WORKER).orElseThrow();
        String cali = fabric.cali(pod);
        // then
        assertThat(fabric.podBatch(pod)).contains("addr add fd00:10:244::41/128 dev eth0 nodad",
                "route add default via fe80::ecee:eeff:feee:eeee dev eth0");
        assertThat(fabric.podLinkBatch()).anyMatch(l -> l.startsWith("link add " + cali + " netns ")
                && l.contains(" address ee:ee:ee:ee:ee:ee type veth"));
        assertThat(fabric.nodePodBatch(WORKER)).contains("route add fd00:10:244::41/128 dev " + cali,
                "neigh add proxy fe80::ecee:eeff:feee:eeee dev " + cali);
        assertThat(fabric.podSysctls().get(fabric.nodeNs(WORKER))).contains("net.ipv6.conf." + cali + ".proxy_ndp=1");
    }

    @Test
    void natOutgoingMasqueradesEachFamilysPoolToAddressesOutsideItsPools() {
        // when
        String rules = fabric().natRules();
        // then
        assertThat(rules).contains("table ip calico-nat {", "ip saddr { 192.168.0.0/16 } ip daddr != { 192.168.0.0/16 } masquerade",
                "table ip6 calico-nat {", "ip6 saddr { fd00:10:244::/48 } ip6 daddr != { fd00:10:244::/48 } masquerade");
    }

    @Test
    void anIpv4OnlyLabWithoutNatOutgoingGetsNoNatRules() {
        // given the seed, whose pool has natOutgoing false
        NetnsFabric seed = new NetnsFabric(RenderedLabReader.read(RenderedLabReaderTest.SEED));
        // then
        assertThat(seed.natRules()).isEmpty();
        assertThat(seed.podLinkBatch()).noneMatch(l -> l.contains("ee:ee:ee:ee:ee:ee"));
    }
}
