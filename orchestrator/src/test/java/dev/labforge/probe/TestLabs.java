package dev.labforge.probe;

import dev.labforge.model.Calico;
import dev.labforge.model.Cluster;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.model.Pool;
import dev.labforge.model.Tor;
import dev.labforge.model.TorRole;
import dev.labforge.model.Vlan;
import java.util.List;
import java.util.Map;

/** Hand-built resolved models: the seed lab (ToR route reflector) and an eBGP lab in the style of lab 15. */
final class TestLabs {

    private TestLabs() {
    }

    static Node node(String name, int vlan, String ip, String gateway, String block, String pool, List<String> peers) {
        List<IpamBlock> blocks = block == null ? List.of()
                : List.of(new IpamBlock(block, pool, true, name + "-" + block.replace('.', '-').replace('/', '-')));
        return new Node(name, name.endsWith("control-plane"), vlan, ip, 24, gateway, List.of(),
                Map.of("vlan", String.valueOf(vlan)), blocks, peers);
    }

    /** labs/10-calico-bgp-ippool as the resolver sees it. */
    static Lab seed() {
        List<Vlan> vlans = List.of(new Vlan(10, "Calico-Network", "10.10.10.0/24", "10.10.10.1", 24),
                new Vlan(20, "Calico-Network-2", "10.10.20.0/24", "10.10.20.1", 24));
        Tor tor = new Tor("ceos01", TorPlatforms.byId("ceos"), "ceos:4.34.0F", 65010, TorRole.ROUTE_REFLECTOR, "10.10.10.1", "CALICO",
                "Calico-nodes", 9124, vlans, List.of(), List.of("10.10.10.0/24", "10.10.20.0/24"), 65010, true);
        String pool = "default-ipv4-ippool";
        List<Node> nodes = List.of(
                node("k01-control-plane", 10, "10.10.10.10", "10.10.10.1", "192.168.69.0/26", pool, List.of("vlan-10")),
                node("k01-worker", 10, "10.10.10.11", "10.10.10.1", "192.168.42.192/26", pool, List.of("vlan-10")),
                node("k01-worker2", 10, "10.10.10.12", "10.10.10.1", "192.168.88.192/26", pool, List.of("vlan-10")),
                node("k01-worker3", 20, "10.10.20.20", "10.10.20.1", "192.168.46.128/26", pool, List.of("vlan-20")));
        Calico calico = new Calico("v3.30.0", 65010, false, "Info", List.of("10.10.10.0/24", "10.10.20.0/24"),
                List.of(new Pool(pool, "192.168.0.0/17", 26, "None", false, true, "all()", "Never", "Never")),
                List.of("172.16.0.240/28"), List.of(), List.of(),
                List.of(new Peer("vlan-10", "10.10.10.1", 65010, "vlan == '10'", List.of("k01-control-plane", "k01-worker", "k01-worker2")),
                        new Peer("vlan-20", "10.10.20.1", 65010, "vlan == '20'", List.of("k01-worker3"))));
        Cluster cluster = new Cluster("k01", "kindest/node:v1.32.2", "192.168.0.0/16", "10.96.0.0/16", 9000, nodes);
        ExpectSpec expect = ExpectSpec.pings(null, List.of(
                new PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, true),
                new PingExpectSpec("ceos01", "multitool-1@k01-worker", 63, true),
                new PingExpectSpec("ceos01", "multitool-1@k01-worker3", 63, true)));
        Lab base = new Lab("calico-bgp-lb", "Calico advertise IP pool using BGP", tor, cluster, calico, List.of(), List.of(), List.of());
        return base.withChecks(Resolver.checks(base, expect));
    }

    /**
     * eBGP (ToR AS 65001, cluster AS 65010), pod pool VXLANCrossSubnet with bgpExport false, and the
     * control plane selected by no BGPPeer.
     */
    static Lab ebgp() {
        List<Vlan> vlans = List.of(new Vlan(10, "v10", "10.10.10.0/24", "10.10.10.1", 24),
                new Vlan(20, "v20", "10.10.20.0/24", "10.10.20.1", 24));
        Tor tor = new Tor("tor01", TorPlatforms.byId("frr"), "quay.io/frrouting/frr:8.4.4", 65001, TorRole.PEER, "10.10.10.1", "CALICO",
                "Calico-nodes", 9124, vlans, List.of(), List.of("10.10.10.0/24", "10.10.20.0/24"), 65010, false);
        String pool = "vxlan-pool";
        List<Node> nodes = List.of(
                node("k01-control-plane", 10, "10.10.10.10", "10.10.10.1", "192.168.1.0/26", pool, List.of()),
                node("k01-worker", 10, "10.10.10.11", "10.10.10.1", "192.168.1.64/26", pool, List.of("vlan-10")),
                node("k01-worker2", 20, "10.10.20.20", "10.10.20.1", "192.168.1.128/26", pool, List.of("vlan-20")));
        Calico calico = new Calico("v3.30.0", 65010, false, "Info", List.of(),
                List.of(new Pool(pool, "192.168.0.0/17", 26, "VXLANCrossSubnet", true, false, "all()", "Never", "CrossSubnet")),
                List.of("172.16.0.240/28"), List.of(), List.of(),
                List.of(new Peer("vlan-10", "10.10.10.1", 65001, "vlan == '10' && role == 'worker'", List.of("k01-worker")),
                        new Peer("vlan-20", "10.10.20.1", 65001, "vlan == '20'", List.of("k01-worker2"))));
        Cluster cluster = new Cluster("k01", "kindest/node:v1.32.2", "192.168.0.0/16", "10.96.0.0/16", 9000, nodes);
        ExpectSpec expect = ExpectSpec.pings(null, List.of(
                new PingExpectSpec("tor01", "nginx@k01-worker", null, false)));
        Lab base = new Lab("calico-ebgp", "eBGP", tor, cluster, calico, List.of(), List.of(), List.of());
        return base.withChecks(Resolver.checks(base, expect));
    }
}
