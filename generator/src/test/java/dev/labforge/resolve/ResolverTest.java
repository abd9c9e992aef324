package dev.labforge.resolve;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.check.PingCheck;
import dev.labforge.model.Pod;
import dev.labforge.model.StaticRoute;
import dev.labforge.model.TorPort;
import dev.labforge.model.TorRole;
import dev.labforge.testing.ReferenceLabs;
import org.junit.jupiter.api.Test;

class ResolverTest {

    @Test
    void seedToRGetsOnePortPerNodeInOrderAndRangesForBothVlans() {
        // given
        var spec = SeedSpecs.seed();
        // when
        Lab lab = Resolver.resolve(spec);
        // then
        assertThat(lab.tor().orElseThrow().ports()).extracting(TorPort::clabInterface, TorPort::routerInterface, TorPort::node, TorPort::vlan)
                .containsExactly(
                        tuple("eth1", "Ethernet1", "k01-control-plane", 10),
                        tuple("eth2", "Ethernet2", "k01-worker", 10),
                        tuple("eth3", "Ethernet3", "k01-worker2", 10),
                        tuple("eth4", "Ethernet4", "k01-worker3", 20));
        assertThat(lab.tor().orElseThrow().routerId()).isEqualTo("10.10.10.1");
        assertThat(lab.tor().orElseThrow().listenRanges()).containsExactly("10.10.10.0/24", "10.10.20.0/24");
        assertThat(lab.tor().orElseThrow().ibgp()).isTrue();
        assertThat(lab.tor().orElseThrow().vlan(20).gatewayCidr()).isEqualTo("10.10.20.1/24");
    }

    @Test
    void seedNodesRouteToTheOtherVlanThroughTheirGateway() {
        Lab lab = Resolver.resolve(SeedSpecs.seed());

        Node worker3 = lab.node("k01-worker3");
        assertThat(worker3.routes()).containsExactly(new StaticRoute("10.10.10.0/24", "10.10.20.1", "10.10.20.20"));
        assertThat(worker3.labels()).containsEntry("vlan", "20");
        assertThat(lab.node("k01-control-plane").controlPlane()).isTrue();
        assertThat(lab.calico().nodeAddressCidrs()).containsExactly("10.10.0.0/16");
    }

    @Test
    void seedPeersArePerVlanAndSelectTheirNodes() {
        Lab lab = Resolver.resolve(SeedSpecs.seed());

        assertThat(lab.calico().peers()).extracting(Peer::name, Peer::peerIP, Peer::asNumber, Peer::nodeSelector, Peer::nodes)
                .containsExactly(
                        tuple("bgppeer-vlan-10", "10.10.10.1", 65010L, "vlan == '10'",
                                java.util.List.of("k01-control-plane", "k01-worker", "k01-worker2")),
                        tuple("bgppeer-vlan-20", "10.10.20.1", 65010L, "vlan == '20'", java.util.List.of("k01-worker3")));
        assertThat(lab.node("k01-worker3").bgpPeers()).containsExactly("bgppeer-vlan-20");
    }

    @Test
    void seedBlocksArePinnedAndPodsCountFromTheSecondAddress() {
        Lab lab = Resolver.resolve(SeedSpecs.seed());

        assertThat(lab.node("k01-worker").blocks()).extracting(IpamBlock::cidr, IpamBlock::pinned, IpamBlock::affinityName)
                .containsExactly(tuple("192.168.42.192/26", true, "k01-worker-192-168-42-192-26"));
        assertThat(lab.pods()).filteredOn(p -> p.workload().equals("multitool-1"))
                .extracting(Pod::node, Pod::ip)
                .containsExactly(
                        tuple("k01-control-plane", "192.168.69.1"),
                        tuple("k01-worker", "192.168.42.193"),
                        tuple("k01-worker2", "192.168.88.193"),
                        tuple("k01-worker3", "192.168.46.129"));
        // the nginx Deployment's two replicas land on the first two workers, after the DaemonSet pods
        assertThat(lab.pods()).filteredOn(p -> p.workload().equals("nginx")).extracting(Pod::name, Pod::ip)
                .containsExactly(tuple("nginx-k01-worker", "192.168.42.195"), tuple("nginx-k01-worker2", "192.168.88.195"));
        assertThat(lab.calico().loadBalancerPools()).singleElement()
                .satisfies(p -> assertThat(p.blockSize()).isEqualTo(28));
    }

    @Test
    void seedDerivesThePingMatrixTheGuideShows() {
        Lab lab = Resolver.resolve(SeedSpecs.seed());

        assertThat(pings(lab)).extracting(PingCheck::from, PingCheck::to, PingCheck::ttl)
                .containsExactly(
                        tuple("multitool-1@k01-worker", "multitool-1@k01-worker3", 61),
                        tuple("ceos01", "multitool-1@k01-worker", 63),
                        tuple("ceos01", "multitool-1@k01-worker3", 63));
    }

    @Test
    void ebgpSelectivePeeringAssignsAddressesBlocksAndOnlyLabelledPeers() {
        // given nodes without addresses or blocks
        var spec = SeedSpecs.selectivePeering();
        // when
        Lab lab = Resolver.resolve(spec);
        // then addresses count from .10, blocks from the start of the pool, in node order
        assertThat(lab.cluster().nodes()).extracting(Node::ip)
                .containsExactly("10.10.10.10", "10.10.10.11", "10.10.10.12", "10.10.10.13");
        assertThat(lab.cluster().nodes()).extracting(n -> n.blocks().get(0).cidr())
                .containsExactly("192.168.0.0/26", "192.168.0.64/26", "192.168.0.128/26", "192.168.0.192/26");
        assertThat(lab.calico().peers().get(0).nodes()).containsExactly("k01-worker", "k01-worker2");
        assertThat(lab.tor().orElseThrow().ibgp()).isFalse();
        assertThat(lab.tor().orElseThrow().peerAsn()).isEqualTo(65010L);
        assertThat(lab.calico().pools().get(0).vxlanMode()).isEqualTo("CrossSubnet");
        // pods on the same subnet reach each other directly: one router fewer than through the ToR
        assertThat(pings(lab)).extracting(PingCheck::from, PingCheck::to, PingCheck::ttl)
                .containsExactly(tuple("multitool-1@k01-worker", "multitool-1@k01-control-plane", 62));
    }

    @Test
    void aLinuxToRHasNoAsNoBgpRoleAndNoPeersAndItsPortsAreEthN() {
        // given: labs/04-linux-tor leaves out tor.asn, tor.role and calico.peers
        var spec = ReferenceLabs.spec("04-linux-tor");
        // when
        Lab lab = Resolver.resolve(spec);
        // then
        assertThat(lab.tor().orElseThrow().platform().id()).isEqualTo("linux");
        assertThat(lab.tor().orElseThrow().asn()).isZero();
        assertThat(lab.tor().orElseThrow().role()).isEqualTo(TorRole.NONE);
        assertThat(lab.tor().orElseThrow().routeReflector()).isFalse();
        assertThat(lab.tor().orElseThrow().ibgp()).isFalse();
        assertThat(lab.tor().orElseThrow().image()).isEqualTo("ghcr.io/hellt/network-multitool");
        assertThat(lab.calico().peers()).isEmpty();
        assertThat(lab.tor().orElseThrow().listenRanges()).isEmpty();
        assertThat(lab.tor().orElseThrow().ports()).extracting(TorPort::routerInterface).containsExactly("eth1", "eth2", "eth3");
        assertThat(lab.cluster().nodes()).allSatisfy(n -> assertThat(n.bgpPeers()).isEmpty());
    }

    private static java.util.List<PingCheck> pings(Lab lab) {
        return lab.checks().stream().filter(PingCheck.class::isInstance).map(PingCheck.class::cast).toList();
    }

    @Test
    void podMtuIsCalicosWhenWrittenElseTheSmallestHostInterfaceMinusTheEncapsulation() {
        // given: the seed (eth1 9000, VLANs 9124) with each encapsulation, then with calico.mtu 8950
        var seed = SeedSpecs.seed();
        java.util.function.BiFunction<String, Integer, Lab> with = (encapsulation, mtu) -> {
            var c = seed.calico();
            var pool = new dev.labforge.spec.PoolSpec("p", "192.168.0.0/17", 26, encapsulation, false, true, null);
            return Resolver.resolve(new dev.labforge.spec.LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(),
                    new dev.labforge.spec.CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(), null, java.util.List.of(pool),
                            c.loadBalancerIPs(), null, c.peers(), null, null, mtu), seed.workloads(), null));
        };
        // when / then: kind's eth0 (1500) caps the detection, whatever eth1 carries
        assertThat(with.apply("VXLANCrossSubnet", null).node("k01-worker").podMtu()).isEqualTo(1450);
        assertThat(with.apply("IPIP", null).node("k01-worker").podMtu()).isEqualTo(1480);
        assertThat(with.apply("None", null).node("k01-worker").podMtu()).isEqualTo(1500);
        Lab jumbo = with.apply("VXLAN", 8950);
        assertThat(jumbo.cluster().nodes()).extracting(Node::podMtu).containsOnly(8950);
        assertThat(jumbo.calico().mtu()).isEqualTo(8950);
        assertThat(jumbo.node("k01-worker").mtu()).isEqualTo(9000);
        assertThat(jumbo.tor().orElseThrow().vlan(10).mtu()).isEqualTo(9124);
    }

    @Test
    void vlanAndNodeMtusOverrideTheTorsAndTheClustersAndTheDetectionFollowsTheNodesLink() {
        // given: VLAN 20 at 1400 with its node's eth1 at 1400, the rest at the defaults
        var seed = SeedSpecs.seed();
        var t = seed.tor();
        var tor = new dev.labforge.spec.TorSpec(t.name(), t.platform(), t.image(), t.asn(), t.role(), null, null, null, null,
                java.util.List.of(t.vlans().get(0), new dev.labforge.spec.VlanSpec(20, "v20", "10.10.20.0/24", null, 1400)), null);
        var cl = seed.cluster();
        var nodes = new java.util.ArrayList<>(cl.nodes());
        var w3 = nodes.get(3);
        nodes.set(3, new dev.labforge.spec.NodeSpec(w3.name(), w3.role(), w3.vlan(), w3.ip(), w3.block(), null, 1400));
        var cluster = new dev.labforge.spec.ClusterSpec(cl.name(), cl.image(), cl.podSubnet(), cl.serviceSubnet(), null, nodes);
        var c = seed.calico();
        var vxlan = new dev.labforge.spec.PoolSpec("p", "192.168.0.0/17", 26, "VXLAN", false, false, null);
        var calico = new dev.labforge.spec.CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(), null, java.util.List.of(vxlan),
                null, null, c.peers(), null);
        // when
        Lab lab = Resolver.resolve(new dev.labforge.spec.LabSpec(seed.name(), seed.title(), tor, cluster, calico, seed.workloads(), null));
        // then
        assertThat(lab.tor().orElseThrow().vlans()).extracting(v -> v.mtu()).containsExactly(1500, 1400);
        assertThat(lab.cluster().nodes()).extracting(Node::name, Node::mtu, Node::podMtu).containsExactly(
                tuple("k01-control-plane", 1500, 1450), tuple("k01-worker", 1500, 1450),
                tuple("k01-worker2", 1500, 1450), tuple("k01-worker3", 1400, 1350));
    }
}
