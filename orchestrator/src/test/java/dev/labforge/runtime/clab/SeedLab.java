package dev.labforge.runtime.clab;

import dev.labforge.model.Calico;
import dev.labforge.model.Cluster;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.LoadBalancerPool;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.model.Pod;
import dev.labforge.model.Pool;
import dev.labforge.model.PrefixAdvertisement;
import dev.labforge.model.Service;
import dev.labforge.model.StaticRoute;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.TorRole;
import dev.labforge.model.Vlan;
import dev.labforge.model.Workload;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed lab (labs/10-calico-bgp-ippool) as a resolved model, written by hand until the resolver
 * is on main, and its hand-written rendered folder under fixtures/clab/seed (RENDERED.md layout).
 */
final class SeedLab {
    static final Path DIR = Path.of("src/test/resources/fixtures/clab/seed");
    static final List<String> NODES = List.of("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3");

    private SeedLab() {
    }

    static RenderedLab rendered() {
        return rendered(DIR, TorPlatforms.byId("ceos"));
    }

    static RenderedLab rendered(Path dir, TorPlatform platform) {
        return new RenderedLab("calico-bgp-lb", dir, model(platform));
    }

    static Lab model(TorPlatform platform) {
        Vlan v10 = new Vlan(10, "Calico-Network", "10.10.10.0/24", "10.10.10.1", 24);
        Vlan v20 = new Vlan(20, "Calico-Network-2", "10.10.20.0/24", "10.10.20.1", 24);
        List<Node> nodes = List.of(
                node("k01-control-plane", true, v10, "10.10.10.10", v20, "192.168.69.0/26", "vlan-10"),
                node("k01-worker", false, v10, "10.10.10.11", v20, "192.168.42.192/26", "vlan-10"),
                node("k01-worker2", false, v10, "10.10.10.12", v20, "192.168.88.192/26", "vlan-10"),
                node("k01-worker3", false, v20, "10.10.20.20", v10, "192.168.46.128/26", "vlan-20"));
        List<TorPort> ports = List.of(
                new TorPort(1, "eth1", platform.interfaceName(1), "k01-control-plane", 10),
                new TorPort(2, "eth2", platform.interfaceName(2), "k01-worker", 10),
                new TorPort(3, "eth3", platform.interfaceName(3), "k01-worker2", 10),
                new TorPort(4, "eth4", platform.interfaceName(4), "k01-worker3", 20));
        Tor tor = new Tor("ceos01", platform, platform.defaultImage(),
                65010, TorRole.ROUTE_REFLECTOR, "10.10.10.1", "CALICO", "Calico-nodes", 9124, List.of(v10, v20), ports,
                List.of("10.10.10.0/24", "10.10.20.0/24"), 65010, true);
        Cluster cluster = new Cluster("k01", "kindest/node:v1.32.2", "192.168.0.0/16", "10.96.0.0/16", 9000, nodes);
        Calico calico = new Calico("v3.30.0", 65010, false, "Info", List.of("10.10.0.0/16"),
                List.of(new Pool("default-ipv4-ippool", "192.168.0.0/17", 26, "None", false, true, "all()", "Never", "Never")),
                List.of("172.16.0.240/28"), List.of(new LoadBalancerPool("lb-ipv4-ippool", "172.16.0.240/28", 32, false)),
                List.of(new PrefixAdvertisement("192.168.0.0/17", List.of("65010:100"))),
                List.of(new Peer("vlan-10", "10.10.10.1", 65010, "vlan == '10'", List.of("k01-control-plane", "k01-worker", "k01-worker2")),
                        new Peer("vlan-20", "10.10.20.1", 65010, "vlan == '20'", List.of("k01-worker3"))));
        List<Workload> workloads = List.of(
                new Workload("multitool-1", "DaemonSet", "praqma/network-multitool", 0, true, NODES, null),
                new Workload("multitool-2", "DaemonSet", "praqma/network-multitool", 0, true, NODES, null),
                new Workload("nginx", "Deployment", "nginx:stable", 1, false, List.of("k01-worker"),
                        new Service("lb-nginx-service", "LoadBalancer", 80)));
        List<Pod> pods = List.of(
                new Pod("multitool-1-k01-worker", "multitool-1", "k01-worker", "192.168.42.193"),
                new Pod("multitool-1-k01-worker3", "multitool-1", "k01-worker3", "192.168.46.129"));
        ExpectSpec expect = ExpectSpec.pings(null, List.of(
                new PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, true),
                new PingExpectSpec("ceos01", "multitool-1@k01-worker", 63, true)));
        Lab base = new Lab("calico-bgp-lb", "Calico advertise IP pool using BGP", tor, cluster, calico, workloads, pods, List.of());
        return base.withChecks(Resolver.checks(base, expect));
    }

    private static Node node(String name, boolean cp, Vlan vlan, String ip, Vlan other, String block, String peer) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("vlan", String.valueOf(vlan.id()));
        String affinity = name + "-" + block.replace('.', '-').replace('/', '-');
        return new Node(name, cp, vlan.id(), ip, 24, vlan.gateway(),
                List.of(new StaticRoute(other.subnet(), vlan.gateway(), ip)), labels,
                List.of(new IpamBlock(block, "default-ipv4-ippool", true, affinity)), List.of(peer));
    }
}
