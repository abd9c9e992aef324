package dev.labforge.render;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Platform, role and shape variants beyond the golden cases: what changes and what must not. */
class OutputVariantsTest {

    @Test
    void ceos_ebgp_peer_sets_remote_as_on_the_group_and_is_no_route_reflector() {
        // given
        Map<String, String> files = render(Resolver.resolve(SeedSpecs.seed("ceos", "ceos:4.34.0F", "peer", 65001L)));
        // when
        List<String> cfg = SeedRenderTest.configLines(files.get("startup-configs/ceos01-startup-config.cfg"));
        // then
        assertThat(cfg).containsSubsequence(
                "router bgp 65001",
                "   neighbor CALICO-K8S peer group",
                "   neighbor CALICO-K8S remote-as 65010",
                "   bgp listen range 10.10.10.0/24 peer-group CALICO-K8S remote-as 65010");
        assertThat(cfg).noneMatch(l -> l.contains("route-reflector-client"));
        assertThat(Yaml.at(Yaml.document(files.get("calico-cni-config/bgppeer-vlan-10.yaml")), "spec.asNumber")).isEqualTo(65001);
    }

    @Test
    void frr_route_reflector_forces_next_hop_self_and_defines_the_group_before_listen_ranges() {
        // given
        Map<String, String> files = render(Resolver.resolve(SeedSpecs.seedFrr()));
        // when
        List<String> cfg = SeedRenderTest.configLines(files.get("startup-configs/ceos01/frr.conf"));
        // then
        assertThat(cfg).containsSubsequence(
                "router bgp 65010",
                " bgp router-id 10.10.10.1",
                " neighbor CALICO-K8S peer-group",
                " neighbor CALICO-K8S remote-as 65010",
                " bgp listen range 10.10.10.0/24 peer-group CALICO-K8S",
                " bgp listen range 10.10.20.0/24 peer-group CALICO-K8S",
                " address-family ipv4 unicast",
                "  network 10.10.10.0/24",
                "  network 10.10.20.0/24",
                "  neighbor CALICO-K8S activate",
                "  neighbor CALICO-K8S route-reflector-client",
                "  neighbor CALICO-K8S next-hop-self force",
                " exit-address-family");
        assertThat(cfg).noneMatch(l -> l.contains("ebgp-requires-policy")).noneMatch(l -> l.contains("listen limit"));
        assertThat(files.get("startup-configs/ceos01/daemons")).contains("\nbgpd=yes\n");
        assertThat(files).doesNotContainKey("startup-configs/ceos01-startup-config.cfg");
    }

    @Test
    void frr_ebgp_peer_turns_off_the_policy_requirement_and_does_not_reflect() {
        // given
        Map<String, String> files = render(Resolver.resolve(SeedSpecs.seed("frr", "quay.io/frrouting/frr:8.4.4", "peer", 65001L)));
        // when
        List<String> cfg = SeedRenderTest.configLines(files.get("startup-configs/ceos01/frr.conf"));
        // then
        assertThat(cfg).contains(" no bgp ebgp-requires-policy", " neighbor CALICO-K8S remote-as 65010", "  neighbor CALICO-K8S next-hop-self");
        assertThat(cfg).noneMatch(l -> l.contains("route-reflector-client")).noneMatch(l -> l.contains("force"));
    }

    @Test
    void frr_tor_node_binds_its_files_and_builds_one_bridge_per_vlan() {
        // given
        Map<String, Object> topo = Yaml.document(render(Resolver.resolve(SeedSpecs.seedFrr())).get("topology.clab.yaml"));
        // when
        Map<String, Object> tor = Yaml.map(Yaml.at(topo, "topology.nodes.ceos01"));
        // then
        assertThat(tor).containsEntry("kind", "linux").containsEntry("image", "quay.io/frrouting/frr:8.4.4")
                .doesNotContainKeys("startup-config", "enforce-startup-config");
        assertThat(tor.get("binds")).isEqualTo(List.of(
                "startup-configs/ceos01/frr.conf:/etc/frr/frr.conf",
                "startup-configs/ceos01/daemons:/etc/frr/daemons"));
        assertThat(Yaml.list(tor.get("exec"))).containsSubsequence(
                "ip link add br10 type bridge",
                "ip link set dev eth1 master br10",
                "ip link set dev eth4 master br20",
                "ip addr add 10.10.10.1/24 dev br10",
                "ip link set dev br10 up",
                "ip addr add 10.10.20.1/24 dev br20");
        assertThat(Yaml.list(tor.get("exec"))).contains("ip link set dev eth4 mtu 9124", "ip link set dev br20 mtu 9124");
    }

    @Test
    void many_nodes_raise_the_frr_listen_limit() {
        // given
        Map<String, String> files = render(Resolver.resolve(SyntheticLabs.large(150, "frr", "route-reflector", 65100L)));
        // when / then
        assertThat(files.get("startup-configs/tor1/frr.conf")).contains("\n bgp listen limit 150\n");
    }

    @Test
    void cluster_ip_services_go_with_their_workload_and_load_balancer_ones_to_manifests() {
        // given
        Map<String, String> files = render(Resolver.resolve(SyntheticLabs.large(3, "ceos", "route-reflector", 65100L)));
        // when
        List<Object> web = Yaml.documents(files.get("tools/web.yaml"));
        // then
        assertThat(web).hasSize(2);
        assertThat(Yaml.map(web.get(0))).containsEntry("kind", "Deployment");
        assertThat(Yaml.at(web.get(0), "spec.replicas")).isEqualTo(3);
        assertThat(Yaml.at(web.get(1), "spec.type")).isEqualTo("ClusterIP");
        assertThat(Yaml.at(web.get(1), "spec.ports.0.port")).isEqualTo(8080);
        assertThat(Yaml.at(web.get(1), "spec.ports.0.targetPort")).isEqualTo(80);
        assertThat(files).doesNotContainKey("k8s-manifests/web.yaml");
    }

    @Test
    void a_lab_without_load_balancer_addresses_has_no_lb_pool_and_no_service_ranges() {
        // given
        LabSpec seed = SeedSpecs.seed();
        CalicoSpec c = seed.calico();
        CalicoSpec noLb = new CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(), c.nodeAddressCidrs(), c.pools(), null,
                null, c.peers(), c.logSeverity());
        List<dev.labforge.spec.WorkloadSpec> noServices = seed.workloads().stream()
                .map(w -> new dev.labforge.spec.WorkloadSpec(w.name(), w.kind(), w.image(), w.replicas(), w.controlPlane(), null))
                .toList();
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(), noLb, noServices, seed.expect());
        // when
        Map<String, String> files = render(Resolver.resolve(spec));
        // then
        assertThat(files.keySet()).noneMatch(p -> p.startsWith("k8s-manifests/"));
        assertThat(Yaml.map(Yaml.at(Yaml.document(files.get("calico-cni-config/bgp-configuration.yaml")), "spec")))
                .doesNotContainKeys("serviceLoadBalancerIPs", "prefixAdvertisements");
        assertThat(files.get("README.md")).doesNotContain("k8s-manifests");
    }

    @Test
    void only_the_first_control_plane_initialises_the_cluster() {
        // given
        LabSpec seed = SeedSpecs.seed();
        List<NodeSpec> nodes = new ArrayList<>(seed.cluster().nodes());
        nodes.add(1, new NodeSpec("k01-control-plane2", "control-plane", 10, "10.10.10.9", null, null));
        ClusterSpec c = seed.cluster();
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(),
                new ClusterSpec(c.name(), c.image(), c.podSubnet(), c.serviceSubnet(), c.mtu(), nodes), seed.calico(),
                seed.workloads(), seed.expect());
        // when
        List<KindConfigOutput.KindNode> kindNodes = KindConfigOutput.nodes(Resolver.resolve(spec).cluster(), true);
        // then
        assertThat(kindNodes).extracting(KindConfigOutput.KindNode::kubeadmKind)
                .containsExactly("InitConfiguration", "JoinConfiguration", "JoinConfiguration", "JoinConfiguration", "JoinConfiguration");
        assertThat(kindNodes).filteredOn(KindConfigOutput.KindNode::apiServer).extracting(KindConfigOutput.KindNode::name)
                .containsExactly("k01-control-plane");
        assertThat(kindNodes.get(1).role()).isEqualTo("control-plane");
    }

    @Test
    void extra_node_labels_are_joined_after_the_vlan_label() {
        // given
        LabSpec seed = SeedSpecs.seed();
        List<NodeSpec> nodes = new ArrayList<>(seed.cluster().nodes());
        NodeSpec w = nodes.get(1);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rack", "r1");
        labels.put("zone", "a");
        nodes.set(1, new NodeSpec(w.name(), w.role(), w.vlan(), w.ip(), w.block(), labels));
        ClusterSpec c = seed.cluster();
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(),
                new ClusterSpec(c.name(), c.image(), c.podSubnet(), c.serviceSubnet(), c.mtu(), nodes), seed.calico(),
                seed.workloads(), seed.expect());
        // when
        String kind = render(Resolver.resolve(spec)).get("k01.kind.yaml");
        // then
        assertThat(kind).contains("node-labels: \"vlan=10,rack=r1,zone=a\"");
    }

    @Test
    void a_ceos_tor_with_bgp_off_has_vlans_ports_and_svis_but_no_router_bgp_and_no_peers() {
        // given
        Lab lab = Resolver.resolve(withoutBgp(SeedSpecs.seed()));
        // when
        Map<String, String> files = render(lab);
        List<String> cfg = SeedRenderTest.configLines(files.get("startup-configs/ceos01-startup-config.cfg"));
        // then
        assertThat(cfg).contains("interface Vlan10", "   ip address 10.10.10.1/24", "   switchport access vlan 20", "ip routing");
        assertThat(cfg).noneMatch(l -> l.startsWith("router bgp") || l.contains("neighbor")).last().isEqualTo("end");
        assertThat(files.keySet()).noneMatch(f -> f.contains("bgppeer"));
        assertThat(lab.tor().orElseThrow().runsBgp()).isFalse();
        assertThat(lab.checks()).noneMatch(c -> c.type().equals("bgp"));
    }

    @Test
    void an_frr_tor_with_bgp_off_starts_no_bgpd_and_has_no_router_bgp() {
        // given
        Lab lab = Resolver.resolve(withoutBgp(SeedSpecs.seedFrr()));
        // when
        Map<String, String> files = render(lab);
        // then
        assertThat(files.get("startup-configs/ceos01/frr.conf")).doesNotContain("router bgp").contains("ip forwarding");
        assertThat(files.get("startup-configs/ceos01/daemons")).contains("\nbgpd=no\n").doesNotContain("bgpd=yes");
    }

    /** The spec with tor.bgp: false, no peers, no BGP-only settings, and the mesh on so its pools still route. */
    private static LabSpec withoutBgp(LabSpec s) {
        var t = s.tor();
        var tor = new dev.labforge.spec.TorSpec(t.name(), t.platform(), t.image(), null, null, null, null, null, t.mtu(), t.vlans(),
                null, false);
        var c = s.calico();
        var calico = new CalicoSpec(c.version(), c.asn(), true, c.nodeAddressCidrs(), c.pools(), null, null, null, null);
        return new LabSpec(s.name(), s.title(), tor, s.cluster(), calico, s.workloads().subList(0, 2), null);
    }

    @Test
    void each_vlan_mtu_reaches_its_svi_and_ports_each_node_mtu_its_eth1_and_calicos_the_installation() {
        // given: the seed (ToR 9124, nodes 9000) with VLAN 20 at 1500, k01-worker3 at 1500 and calico.mtu 8950
        LabSpec seed = SeedSpecs.seed();
        var t = seed.tor();
        var tor = new dev.labforge.spec.TorSpec(t.name(), "frr", "quay.io/frrouting/frr:8.4.4", t.asn(), t.role(), null, null, null,
                t.mtu(), List.of(t.vlans().get(0), new dev.labforge.spec.VlanSpec(20, "v20", "10.10.20.0/24", null, 1500)), null);
        var cl = seed.cluster();
        var nodes = new ArrayList<>(cl.nodes());
        var w3 = nodes.get(3);
        nodes.set(3, new NodeSpec(w3.name(), w3.role(), w3.vlan(), w3.ip(), w3.block(), null, 1500));
        var c = seed.calico();
        var calico = new CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(), null, c.pools(), c.loadBalancerIPs(),
                c.prefixAdvertisements(), c.peers(), null, null, 1450);
        LabSpec spec = new LabSpec(seed.name(), seed.title(), tor, new ClusterSpec(cl.name(), cl.image(), cl.podSubnet(),
                cl.serviceSubnet(), cl.mtu(), nodes), calico, seed.workloads(), null);
        LabSpec ceos = new LabSpec(spec.name(), spec.title(), new dev.labforge.spec.TorSpec(t.name(), "ceos", t.image(), t.asn(),
                t.role(), null, null, null, t.mtu(), tor.vlans(), null), spec.cluster(), calico, spec.workloads(), null);
        // when
        Map<String, String> frr = render(Resolver.resolve(spec));
        List<String> eos = SeedRenderTest.configLines(render(Resolver.resolve(ceos)).get("startup-configs/ceos01-startup-config.cfg"));
        Map<String, Object> topo = Yaml.document(frr.get("topology.clab.yaml"));
        // then
        assertThat(Yaml.list(Yaml.at(topo, "topology.nodes.ceos01.exec"))).contains(
                "ip link set dev eth1 mtu 9124", "ip link set dev eth4 mtu 1500", "ip link set dev br10 mtu 9124",
                "ip link set dev br20 mtu 1500");
        assertThat(Yaml.list(Yaml.at(topo, "topology.nodes.k01-worker.exec"))).contains("ip link set dev eth1 mtu 9000");
        assertThat(Yaml.list(Yaml.at(topo, "topology.nodes.k01-worker3.exec"))).contains("ip link set dev eth1 mtu 1500");
        assertThat(eos).containsSubsequence("interface Ethernet3", "   mtu 9124", "interface Ethernet4", "   mtu 1500",
                "interface Vlan10", "   mtu 9124", "interface Vlan20", "   mtu 1500");
        assertThat(Yaml.at(Yaml.documents(frr.get("calico-cni-config/custom-resources.yaml")).get(0), "spec.calicoNetwork.mtu"))
                .isEqualTo(1450);
        assertThat(render(Resolver.resolve(seed)).get("calico-cni-config/custom-resources.yaml")).doesNotContain("mtu");
    }

    @Test
    void a_pod_workload_is_one_pod_bound_to_its_node_with_its_command_and_named_by_the_workload() {
        // given: the seed with a Pod on the control plane (no toleration needed) and one on a worker
        LabSpec seed = SeedSpecs.seed();
        List<WorkloadSpec> workloads = new ArrayList<>(seed.workloads());
        workloads.add(WorkloadSpec.pod("netshoot-server", "nicolaka/netshoot", "k01-control-plane", List.of("sleep", "infinity")));
        workloads.add(WorkloadSpec.pod("plain", "praqma/network-multitool", "k01-worker3", null));
        LabSpec spec = new LabSpec(seed.name(), seed.title(), seed.tor(), seed.cluster(), seed.calico(), workloads, seed.expect());
        Lab lab = Resolver.resolve(spec);
        // when
        Map<String, String> files = render(lab);
        Map<String, Object> pod = Yaml.document(files.get("tools/netshoot-server.yaml"));
        // then
        assertThat(Yaml.at(pod, "kind")).isEqualTo("Pod");
        assertThat(Yaml.at(pod, "spec.nodeName")).isEqualTo("k01-control-plane");
        assertThat(Yaml.map(Yaml.list(Yaml.at(pod, "spec.containers")).get(0)).get("command")).isEqualTo(List.of("sleep", "infinity"));
        assertThat(Yaml.map(Yaml.list(Yaml.at(Yaml.document(files.get("tools/plain.yaml")), "spec.containers")).get(0)))
                .doesNotContainKey("command");
        assertThat(Schemas.violations("k8s-workload", pod)).isEmpty();
        assertThat(lab.pods()).filteredOn(p -> p.workload().equals("netshoot-server"))
                .extracting(p -> p.name() + " " + p.node()).containsExactly("netshoot-server k01-control-plane");
        assertThat(files.get("tools/multitool-1.yaml")).doesNotContain("command");
    }

    @Test
    void two_renders_of_the_same_lab_are_identical() {
        Lab lab = Resolver.resolve(SeedSpecs.seed());
        assertThat(Renderer.render(lab, TemplateCatalog.builtIn())).isEqualTo(Renderer.render(lab, TemplateCatalog.builtIn()));
    }

    static Map<String, String> render(Lab lab) {
        Map<String, String> out = new LinkedHashMap<>();
        Renderer.render(lab, TemplateCatalog.builtIn()).forEach(f -> out.put(f.path(), f.content()));
        return out;
    }
}
