package dev.labforge.bench;

import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic lab far larger than any course lab: {@code nodes} kind nodes spread evenly over
 * {@code vlans} VLANs with /23 subnets (10.20.0.0/23, 10.20.2.0/23, ...), a cEOS route reflector,
 * per-VLAN peers, one pool of /26 blocks and one DaemonSet, so every node gets a block and a pod.
 */
final class LargeLab {

    private LargeLab() {
    }

    static LabSpec spec(int nodes, int vlans) {
        if (nodes / vlans > 500) {
            throw new IllegalArgumentException("at most 500 nodes per /23 VLAN");
        }
        List<VlanSpec> vlanSpecs = new ArrayList<>();
        for (int v = 0; v < vlans; v++) {
            vlanSpecs.add(new VlanSpec(10 + v, "Calico-Network-" + (10 + v), subnet(v), null));
        }
        List<NodeSpec> nodeSpecs = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            int v = i % vlans;
            int host = 10 + i / vlans; // .10 upwards; the gateway keeps .1
            String ip = "10.20." + (2 * v + host / 256) + "." + (host % 256);
            String name = i == 0 ? "k01-control-plane" : i == 1 ? "k01-worker" : "k01-worker" + i;
            nodeSpecs.add(new NodeSpec(name, i == 0 ? "control-plane" : null, 10 + v, ip, null, null));
        }
        return new LabSpec("bench-" + nodes, "Synthetic lab: " + nodes + " nodes in " + vlans + " VLANs",
                new TorSpec("ceos01", "ceos", "ceos:4.34.0F", 65010L, "route-reflector", null, null, null, 9124,
                        vlanSpecs, null),
                new ClusterSpec("k01", "kindest/node:v1.32.2", "10.200.0.0/16", "10.96.0.0/16", 9000, nodeSpecs),
                new CalicoSpec("v3.30.0", 65010L, false, null,
                        List.of(new PoolSpec("default-ipv4-ippool", "10.200.0.0/16", 26, "None", false, true, null)),
                        List.of("172.16.0.240/28"), List.of(), new PeersSpec("per-vlan", null), null),
                List.of(new WorkloadSpec("multitool", "DaemonSet", "praqma/network-multitool", null, null, null)),
                null);
    }

    private static String subnet(int v) {
        return "10.20." + (2 * v) + ".0/23";
    }
}
