package dev.labforge.render;

import dev.labforge.testing.SeedSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed lab's values, asserted one by one against the rendered files, so that a regenerated
 * golden copy with a wrong value cannot pass unnoticed.
 */
class SeedRenderTest {
    private static Map<String, String> files;

    @BeforeAll
    static void render() {
        files = RenderCases.lab("10-calico-bgp-ippool").render().stream()
                .collect(Collectors.toMap(RenderedFile::path, RenderedFile::content, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void the_hand_built_seed_spec_used_by_variant_tests_equals_the_loaded_seed_lab() {
        assertThat(SeedSpecs.seed()).isEqualTo(RenderCases.lab("10-calico-bgp-ippool").spec());
    }

    @Test
    void renders_the_files_of_the_layout_contract_in_order() {
        assertThat(files.keySet()).containsExactly(
                "topology.clab.yaml",
                "k01.kind.yaml",
                "startup-configs/ceos01-startup-config.cfg",
                "calico-cni-config/custom-resources.yaml",
                "calico-cni-config/bgp-configuration.yaml",
                "calico-cni-config/bgppeer-vlan-10.yaml",
                "calico-cni-config/bgppeer-vlan-20.yaml",
                "k8s-manifests/lb-ippool.yaml",
                "k8s-manifests/lb-nginx-service.yaml",
                "tools/multitool-1.yaml",
                "tools/multitool-2.yaml",
                "tools/nginx.yaml",
                "labforge/plan.yaml",
                "README.md");
    }

    @Test
    void topology_has_the_tor_the_kind_cluster_and_one_ext_container_per_node() {
        Map<String, Object> topo = Yaml.document(files.get("topology.clab.yaml"));
        assertThat(topo.get("name")).isEqualTo("calico-bgp-lb");
        Map<String, Object> nodes = Yaml.map(Yaml.at(topo, "topology.nodes"));
        assertThat(nodes.keySet()).containsExactly("ceos01", "k01", "k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3");
        assertThat(nodes.get("ceos01")).isEqualTo(Map.of(
                "kind", "arista_ceos",
                "image", "ceos:4.34.0F",
                "startup-config", "startup-configs/ceos01-startup-config.cfg",
                "enforce-startup-config", true));
        assertThat(nodes.get("k01")).isEqualTo(Map.of(
                "kind", "k8s-kind",
                "image", "kindest/node:v1.32.2",
                "startup-config", "k01.kind.yaml",
                "extras", Map.of("k8s_kind", Map.of("deploy", Map.of("wait", "0s")))));
        assertThat(Yaml.at(topo, "topology.nodes.k01-control-plane")).isEqualTo(Map.of("kind", "ext-container", "exec", List.of(
                "ip link set dev eth1 mtu 9000",
                "ip addr add dev eth1 10.10.10.10/24",
                "ip route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.10")));
        assertThat(Yaml.at(topo, "topology.nodes.k01-worker.exec")).isEqualTo(List.of(
                "ip link set dev eth1 mtu 9000",
                "ip addr add dev eth1 10.10.10.11/24",
                "ip route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.11"));
        assertThat(Yaml.at(topo, "topology.nodes.k01-worker2.exec")).isEqualTo(List.of(
                "ip link set dev eth1 mtu 9000",
                "ip addr add dev eth1 10.10.10.12/24",
                "ip route add 10.10.20.0/24 via 10.10.10.1 src 10.10.10.12"));
        assertThat(Yaml.at(topo, "topology.nodes.k01-worker3.exec")).isEqualTo(List.of(
                "ip link set dev eth1 mtu 9000",
                "ip addr add dev eth1 10.10.20.20/24",
                "ip route add 10.10.10.0/24 via 10.10.20.1 src 10.10.20.20"));
        assertThat(Yaml.at(topo, "topology.links")).isEqualTo(List.of(
                Map.of("endpoints", List.of("ceos01:eth1", "k01-control-plane:eth1")),
                Map.of("endpoints", List.of("ceos01:eth2", "k01-worker:eth1")),
                Map.of("endpoints", List.of("ceos01:eth3", "k01-worker2:eth1")),
                Map.of("endpoints", List.of("ceos01:eth4", "k01-worker3:eth1"))));
    }

    @Test
    void kind_config_sets_subnets_node_ips_labels_and_the_api_server_address() {
        Map<String, Object> kind = Yaml.document(files.get("k01.kind.yaml"));
        assertThat(kind.get("apiVersion")).isEqualTo("kind.x-k8s.io/v1alpha4");
        assertThat(kind.get("kind")).isEqualTo("Cluster");
        assertThat(kind.get("name")).isEqualTo("k01");
        assertThat(kind.get("networking")).isEqualTo(Map.of(
                "disableDefaultCNI", true, "podSubnet", "192.168.0.0/16", "serviceSubnet", "10.96.0.0/16"));
        List<Object> nodes = Yaml.list(kind.get("nodes"));
        assertThat(nodes).extracting(n -> Yaml.map(n).get("role"))
                .containsExactly("control-plane", "worker", "worker", "worker");
        assertThat(patches(nodes.get(0))).containsExactly(
                Map.of("kind", "InitConfiguration",
                        "nodeRegistration", Map.of("kubeletExtraArgs", Map.of("node-ip", "10.10.10.10", "node-labels", "vlan=10"))),
                Map.of("kind", "ClusterConfiguration",
                        "apiServer", Map.of("certSANs", List.of("127.0.0.1", "10.10.10.10"),
                                "extraArgs", Map.of("advertise-address", "10.10.10.10"))));
        assertThat(patches(nodes.get(1))).containsExactly(join("10.10.10.11", "vlan=10"));
        assertThat(patches(nodes.get(2))).containsExactly(join("10.10.10.12", "vlan=10"));
        assertThat(patches(nodes.get(3))).containsExactly(join("10.10.20.20", "vlan=20"));
    }

    private static Map<String, Object> join(String ip, String labels) {
        return Map.of("kind", "JoinConfiguration",
                "nodeRegistration", Map.of("kubeletExtraArgs", Map.of("node-ip", ip, "node-labels", labels)));
    }

    private static List<Object> patches(Object node) {
        return Yaml.list(Yaml.map(node).get("kubeadmConfigPatches")).stream().map(p -> (Object) Yaml.document((String) p)).toList();
    }

    @Test
    void calico_installation_pool_and_node_address_autodetection() {
        List<Object> docs = Yaml.documents(files.get("calico-cni-config/custom-resources.yaml"));
        assertThat(docs).hasSize(2);
        Map<String, Object> installation = Yaml.map(docs.get(0));
        assertThat(installation.get("apiVersion")).isEqualTo("operator.tigera.io/v1");
        assertThat(installation.get("kind")).isEqualTo("Installation");
        assertThat(Yaml.at(installation, "metadata.name")).isEqualTo("default");
        assertThat(Yaml.at(installation, "spec.calicoNetwork.ipPools")).isEqualTo(List.of(Map.of(
                "name", "default-ipv4-ippool",
                "cidr", "192.168.0.0/17",
                "blockSize", 26,
                "encapsulation", "None",
                "natOutgoing", "Disabled",
                "nodeSelector", "all()",
                "disableBGPExport", false)));
        assertThat(Yaml.at(installation, "spec.calicoNetwork.nodeAddressAutodetectionV4"))
                .isEqualTo(Map.of("cidrs", List.of("10.10.0.0/16")));
        Map<String, Object> apiServer = Yaml.map(docs.get(1));
        assertThat(apiServer).containsEntry("kind", "APIServer").containsEntry("apiVersion", "operator.tigera.io/v1");
        assertThat(Yaml.at(apiServer, "metadata.name")).isEqualTo("default");
    }

    @Test
    void bgp_configuration_peers_and_load_balancer_pool() {
        Map<String, Object> bgp = Yaml.document(files.get("calico-cni-config/bgp-configuration.yaml"));
        assertThat(bgp.get("apiVersion")).isEqualTo("crd.projectcalico.org/v1");
        assertThat(bgp.get("kind")).isEqualTo("BGPConfiguration");
        assertThat(Yaml.at(bgp, "metadata.name")).isEqualTo("default");
        assertThat(bgp.get("spec")).isEqualTo(Map.of(
                "logSeverityScreen", "Info",
                "asNumber", 65010,
                "nodeToNodeMeshEnabled", false,
                "serviceLoadBalancerIPs", List.of(Map.of("cidr", "172.16.0.240/28")),
                "prefixAdvertisements", List.of(Map.of("cidr", "192.168.0.0/17", "communities", List.of("65010:100")))));

        Map<String, Object> peer10 = Yaml.document(files.get("calico-cni-config/bgppeer-vlan-10.yaml"));
        assertThat(peer10).containsEntry("apiVersion", "crd.projectcalico.org/v1").containsEntry("kind", "BGPPeer");
        assertThat(Yaml.at(peer10, "metadata.name")).isEqualTo("bgppeer-vlan-10");
        assertThat(peer10.get("spec")).isEqualTo(Map.of("peerIP", "10.10.10.1", "asNumber", 65010, "nodeSelector", "vlan == '10'"));
        Map<String, Object> peer20 = Yaml.document(files.get("calico-cni-config/bgppeer-vlan-20.yaml"));
        assertThat(Yaml.at(peer20, "metadata.name")).isEqualTo("bgppeer-vlan-20");
        assertThat(peer20.get("spec")).isEqualTo(Map.of("peerIP", "10.10.20.1", "asNumber", 65010, "nodeSelector", "vlan == '20'"));

        Map<String, Object> pool = Yaml.document(files.get("k8s-manifests/lb-ippool.yaml"));
        assertThat(pool).containsEntry("apiVersion", "crd.projectcalico.org/v1").containsEntry("kind", "IPPool");
        assertThat(Yaml.at(pool, "metadata.name")).isEqualTo("loadbalancer-ip-pool");
        assertThat(Yaml.map(pool.get("spec")))
                .containsEntry("cidr", "172.16.0.240/28")
                .containsEntry("blockSize", 28)
                .containsEntry("natOutgoing", true)
                .containsEntry("assignmentMode", "Automatic")
                .containsEntry("allowedUses", List.of("LoadBalancer"));
    }

    @Test
    void workloads_and_the_load_balancer_service() {
        Map<String, Object> ds1 = Yaml.document(files.get("tools/multitool-1.yaml"));
        Map<String, Object> ds2 = Yaml.document(files.get("tools/multitool-2.yaml"));
        for (Map<String, Object> ds : List.of(ds1, ds2)) {
            assertThat(ds).containsEntry("kind", "DaemonSet").containsEntry("apiVersion", "apps/v1");
            assertThat(Yaml.at(ds, "spec.template.spec.containers.0.image")).isEqualTo("praqma/network-multitool");
            assertThat(Yaml.at(ds, "spec.template.spec.tolerations")).isEqualTo(List.of(Map.of(
                    "key", "node-role.kubernetes.io/control-plane", "operator", "Exists", "effect", "NoSchedule")));
        }
        assertThat(Yaml.at(ds1, "metadata.name")).isEqualTo("multitool-1");
        assertThat(Yaml.at(ds2, "metadata.name")).isEqualTo("multitool-2");

        Map<String, Object> nginx = Yaml.document(files.get("tools/nginx.yaml"));
        assertThat(nginx).containsEntry("kind", "Deployment");
        assertThat(Yaml.at(nginx, "spec.replicas")).isEqualTo(2);
        assertThat(Yaml.at(nginx, "spec.template.spec.containers.0.image")).isEqualTo("nginx:stable");
        assertThat(Yaml.at(nginx, "spec.template.metadata.labels")).isEqualTo(Map.of("app", "nginx"));

        Map<String, Object> svc = Yaml.document(files.get("k8s-manifests/lb-nginx-service.yaml"));
        assertThat(svc).containsEntry("kind", "Service").containsEntry("apiVersion", "v1");
        assertThat(Yaml.at(svc, "metadata.name")).isEqualTo("lb-nginx-service");
        assertThat(Yaml.at(svc, "spec.type")).isEqualTo("LoadBalancer");
        assertThat(Yaml.at(svc, "spec.selector")).isEqualTo(Map.of("app", "nginx"));
        assertThat(Yaml.at(svc, "spec.ports.0.port")).isEqualTo(80);
    }

    @Test
    void ceos_startup_config_has_every_required_statement_in_order() {
        List<String> lines = configLines(files.get("startup-configs/ceos01-startup-config.cfg"));
        assertThat(lines).containsSubsequence(
                "hostname ceos01",
                "username admin privilege 15 secret admin",
                "vlan 10", "   name Calico-Network",
                "vlan 20", "   name Calico-Network-2",
                "interface Ethernet1", "   description k01-control-plane eth1", "   mtu 9124", "   switchport access vlan 10",
                "interface Ethernet2", "   description k01-worker eth1", "   mtu 9124", "   switchport access vlan 10",
                "interface Ethernet3", "   description k01-worker2 eth1", "   mtu 9124", "   switchport access vlan 10",
                "interface Ethernet4", "   description k01-worker3 eth1", "   mtu 9124", "   switchport access vlan 20",
                "interface Management0",
                "interface Vlan10", "   mtu 9124", "   ip address 10.10.10.1/24",
                "interface Vlan20", "   mtu 9124", "   ip address 10.10.20.1/24",
                "ip routing",
                "management api http-commands", "   no shutdown",
                "router bgp 65010",
                "   router-id 10.10.10.1",
                "   neighbor CALICO-K8S peer group",
                "   neighbor CALICO-K8S description Calico Kubernetes Nodes",
                "   neighbor CALICO-K8S next-hop-self",
                "   neighbor CALICO-K8S route-reflector-client",
                "   bgp listen range 10.10.10.0/24 peer-group CALICO-K8S remote-as 65010",
                "   bgp listen range 10.10.20.0/24 peer-group CALICO-K8S remote-as 65010",
                "   address-family ipv4",
                "      neighbor CALICO-K8S activate",
                "      network 10.10.10.0/24",
                "      network 10.10.20.0/24",
                "end");
        assertThat(lines).filteredOn(l -> !l.startsWith("!")).noneMatch(l -> l.contains("\""));
        assertThat(lines).noneMatch(l -> l.contains("remote-as") && l.startsWith("   neighbor"));
        assertThat(lines).filteredOn(l -> l.startsWith("   bgp listen range")).hasSize(2);
    }

    @Test
    void plan_lists_pinned_blocks_pods_and_checks() {
        Map<String, Object> plan = Yaml.document(files.get("labforge/plan.yaml"));
        assertThat(plan.get("lab")).isEqualTo("calico-bgp-lb");
        assertThat(plan.get("tor")).isEqualTo("ceos01");
        assertThat(plan.get("torPlatform")).isEqualTo("ceos");
        assertThat(Yaml.list(plan.get("blocks"))).containsExactly(
                Map.of("node", "k01-control-plane", "cidr", "192.168.69.0/26", "pool", "default-ipv4-ippool", "pinned", true),
                Map.of("node", "k01-worker", "cidr", "192.168.42.192/26", "pool", "default-ipv4-ippool", "pinned", true),
                Map.of("node", "k01-worker2", "cidr", "192.168.88.192/26", "pool", "default-ipv4-ippool", "pinned", true),
                Map.of("node", "k01-worker3", "cidr", "192.168.46.128/26", "pool", "default-ipv4-ippool", "pinned", true));
        Map<Object, Object> podIps = Yaml.list(plan.get("pods")).stream().map(Yaml::map)
                .collect(Collectors.toMap(p -> p.get("name"), p -> p.get("ip")));
        assertThat(podIps).containsEntry("multitool-1-k01-worker", "192.168.42.193")
                .containsEntry("multitool-1-k01-worker3", "192.168.46.129");
        assertThat(Yaml.list(plan.get("checks"))).contains(Map.of("type", "ping",
                "from", "multitool-1@k01-worker", "to", "multitool-1@k01-worker3", "ttl", 61, "reachable", true, "derived", false));
        assertThat(Yaml.list(plan.get("checks"))).contains(Map.of("type", "bgp", "on", "ceos01", "side", "tor",
                "peer", "10.10.20.20", "peerName", "k01-worker3", "remoteAs", 65010, "prefixes", 2, "established", true,
                "derived", true));
    }

    @Test
    void readme_has_the_deploy_command_and_the_address_table() {
        String readme = files.get("README.md");
        assertThat(readme).startsWith("# Calico advertise IP pool using BGP\n")
                .contains("sudo containerlab deploy -t topology.clab.yaml")
                .contains("| k01-worker3 | worker | 20 | 10.10.20.20/24 | 10.10.20.1 | Ethernet4 | 192.168.46.128/26 | bgppeer-vlan-20 |")
                .contains("| 10 | Calico-Network | 10.10.10.0/24 | 10.10.10.1 | Ethernet1, Ethernet2, Ethernet3 |");
    }

    static List<String> configLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
