package dev.labforge.graph;

import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;

/** labs/10-calico-bgp-ippool/lab.yaml written as records (what the loader produces), for pure tests. */
final class SeedSpec {

    private SeedSpec() {
    }

    static LabSpec seed() {
        return new LabSpec("calico-bgp-lb", "Calico advertise IP pool using BGP",
                new TorSpec("ceos01", "ceos", "ceos:4.34.0F", 65010L, "route-reflector", null, null, null, 9124,
                        List.of(new VlanSpec(10, "Calico-Network", "10.10.10.0/24", null),
                                new VlanSpec(20, "Calico-Network-2", "10.10.20.0/24", null)),
                        null),
                new ClusterSpec("k01", "kindest/node:v1.32.2", "192.168.0.0/16", "10.96.0.0/16", 9000, List.of(
                        new NodeSpec("k01-control-plane", "control-plane", 10, "10.10.10.10", "192.168.69.0/26", null),
                        new NodeSpec("k01-worker", null, 10, "10.10.10.11", "192.168.42.192/26", null),
                        new NodeSpec("k01-worker2", null, 10, "10.10.10.12", "192.168.88.192/26", null),
                        new NodeSpec("k01-worker3", null, 20, "10.10.20.20", "192.168.46.128/26", null))),
                new CalicoSpec("v3.30.0", 65010L, false, null,
                        List.of(new PoolSpec("default-ipv4-ippool", "192.168.0.0/17", 26, "None", false, true, null)),
                        List.of("172.16.0.240/28"),
                        List.of(new PrefixAdvertisementSpec("192.168.0.0/17", List.of("65010:100"))),
                        new PeersSpec("per-vlan", null), null),
                List.of(new WorkloadSpec("multitool-1", "DaemonSet", "praqma/network-multitool", null, null, null),
                        new WorkloadSpec("multitool-2", "DaemonSet", "praqma/network-multitool", null, null, null),
                        new WorkloadSpec("nginx", "Deployment", "nginx:stable", null, null,
                                new ServiceSpec("lb-nginx-service", "LoadBalancer", 80))),
                null);
    }
}
