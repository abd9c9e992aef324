package dev.labforge.render;

import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;

/** Generated lab specs of any size: one control plane, workers spread over /24 VLANs of 200 nodes each. */
final class SyntheticLabs {
    private SyntheticLabs() {
    }

    static LabSpec large(int nodeCount, String platform, String role, long torAsn) {
        int vlanCount = (nodeCount + 199) / 200;
        List<VlanSpec> vlans = new ArrayList<>();
        for (int v = 0; v < vlanCount; v++) {
            vlans.add(new VlanSpec(100 + v, "nodes-" + (100 + v), "10.20." + v + ".0/24", null));
        }
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            String name = i == 0 ? "big-control-plane" : i == 1 ? "big-worker" : "big-worker" + i;
            nodes.add(new NodeSpec(name, i == 0 ? "control-plane" : null, 100 + i / 200, null, null, null));
        }
        TorSpec tor = new TorSpec("tor1", platform, null, torAsn, role, null, null, null, 9000, vlans, null);
        ClusterSpec cluster = new ClusterSpec("big", null, "10.128.0.0/12", null, 1500, nodes);
        CalicoSpec calico = new CalicoSpec("v3.30.0", 65100L, false, null,
                List.of(new PoolSpec("pods", "10.128.0.0/12", 26, "None", false, true, null)),
                List.of("172.16.10.0/24"), null, new PeersSpec("per-vlan", null), null);
        List<WorkloadSpec> workloads = List.of(
                new WorkloadSpec("probe", "DaemonSet", "praqma/network-multitool", null, null, null),
                new WorkloadSpec("web", "Deployment", "nginx:stable", 3, null, new ServiceSpec("web", "ClusterIP", 8080)));
        return new LabSpec("big-lab", "A large generated lab", tor, cluster, calico, workloads, null);
    }
}
