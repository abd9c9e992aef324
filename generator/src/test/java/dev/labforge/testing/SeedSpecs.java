package dev.labforge.testing;

import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;
import java.util.Map;

/**
 * Specs built in code, independent of the YAML loader: the seed lab (labs/10-calico-bgp-ippool/lab.yaml,
 * kept equal to it by SeedRenderTest), its variants, and an eBGP selective-peering lab.
 */
public final class SeedSpecs {
    private SeedSpecs() {
    }

    public static LabSpec seed() {
        return seed("ceos", "ceos:4.34.0F", "route-reflector", 65010L);
    }

    /** The seed with an FRR ToR. */
    public static LabSpec seedFrr() {
        return seed("frr", "quay.io/frrouting/frr:8.4.4", "route-reflector", 65010L);
    }

    public static LabSpec seed(String platform, String image, String role, long torAsn) {
        TorSpec tor = new TorSpec("ceos01", platform, image, torAsn, role, null, null, null, 9124,
                List.of(new VlanSpec(10, "Calico-Network", "10.10.10.0/24", null),
                        new VlanSpec(20, "Calico-Network-2", "10.10.20.0/24", null)),
                null);
        ClusterSpec cluster = new ClusterSpec("k01", "kindest/node:v1.32.2", "192.168.0.0/16", "10.96.0.0/16", 9000,
                List.of(new NodeSpec("k01-control-plane", "control-plane", 10, "10.10.10.10", "192.168.69.0/26", null),
                        new NodeSpec("k01-worker", null, 10, "10.10.10.11", "192.168.42.192/26", null),
                        new NodeSpec("k01-worker2", null, 10, "10.10.10.12", "192.168.88.192/26", null),
                        new NodeSpec("k01-worker3", null, 20, "10.10.20.20", "192.168.46.128/26", null)));
        CalicoSpec calico = new CalicoSpec("v3.30.0", 65010L, false, null,
                List.of(new PoolSpec("default-ipv4-ippool", "192.168.0.0/17", 26, "None", false, true, null)),
                List.of("172.16.0.240/28"),
                List.of(new PrefixAdvertisementSpec("192.168.0.0/17", List.of("65010:100"))),
                new PeersSpec("per-vlan", null), null);
        List<WorkloadSpec> workloads = List.of(
                new WorkloadSpec("multitool-1", "DaemonSet", "praqma/network-multitool", null, null, null),
                new WorkloadSpec("multitool-2", "DaemonSet", "praqma/network-multitool", null, null, null),
                new WorkloadSpec("nginx", "Deployment", "nginx:stable", null, null,
                        new ServiceSpec("lb-nginx-service", "LoadBalancer", 80)));
        ExpectSpec expect = ExpectSpec.pings(null, List.of(
                new PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, null),
                new PingExpectSpec("ceos01", "multitool-1@k01-worker", 63, null),
                new PingExpectSpec("ceos01", "multitool-1@k01-worker3", 63, null)));
        return new LabSpec("calico-bgp-lb", "Calico advertise IP pool using BGP", tor, cluster, calico, workloads, expect);
    }

    /** An eBGP lab in one VLAN with VXLANCrossSubnet and BGP export off (like lab 15), nodes unpinned. */
    public static LabSpec selectivePeering() {
        TorSpec tor = new TorSpec("ceos01", "ceos", null, 65001L, "peer", null, null, null, null,
                List.of(new VlanSpec(10, null, "10.10.10.0/24", null)), null);
        ClusterSpec cluster = new ClusterSpec("k01", null, "192.168.0.0/16", null, null, List.of(
                new NodeSpec("k01-control-plane", "control-plane", 10, null, null, null),
                new NodeSpec("k01-worker", null, 10, null, null, Map.of("bgp-peer", "true")),
                new NodeSpec("k01-worker2", null, 10, null, null, Map.of("bgp-peer", "true")),
                new NodeSpec("k01-worker3", null, 10, null, null, null)));
        CalicoSpec calico = new CalicoSpec(null, 65010L, false, null,
                List.of(new PoolSpec(null, "192.168.0.0/16", null, "VXLANCrossSubnet", true, false, null)),
                null, null,
                new PeersSpec(null, List.of(new PeerSpec("bgppeer-tor", "10.10.10.1", 65001L, "bgp-peer == \"true\""))), null);
        List<WorkloadSpec> workloads = List.of(
                new WorkloadSpec("multitool-1", "DaemonSet", "praqma/network-multitool", null, null, null));
        return new LabSpec("selective-bgp-peering", null, tor, cluster, calico, workloads, ExpectSpec.pings(true, null));
    }
}
