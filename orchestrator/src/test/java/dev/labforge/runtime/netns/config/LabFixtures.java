package dev.labforge.runtime.netns.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The nodes of the test labs, as the netns runtime would hand them to CalicoBirdConfig. */
final class LabFixtures {
    static final Path SEED_DIR = Path.of("src/test/resources/netnscfg/seed");
    static final Path EBGP_DIR = Path.of("src/test/resources/netnscfg/ebgp");

    static final NodeFacts CONTROL_PLANE = node("k01-control-plane", "10.10.10.10", "10", "192.168.69.0/26");
    static final NodeFacts WORKER = node("k01-worker", "10.10.10.11", "10", "192.168.42.192/26");
    static final NodeFacts WORKER2 = node("k01-worker2", "10.10.10.12", "10", "192.168.88.192/26");
    static final NodeFacts WORKER3 = node("k01-worker3", "10.10.20.20", "20", "192.168.46.128/26");
    /** The seed lab: four nodes in two VLANs, iBGP to the ToR route reflector. */
    static final List<NodeFacts> SEED_NODES = List.of(CONTROL_PLANE, WORKER, WORKER2, WORKER3);
    /** The eBGP lab (series lab 07 shape): three nodes in VLAN 10, AS 65010 peering with ToR AS 65001. */
    static final List<NodeFacts> EBGP_NODES = List.of(
            node("k01-control-plane", "10.10.10.10", "10", "192.168.50.0/26"),
            node("k01-worker", "10.10.10.11", "10", "192.168.120.64/26"),
            node("k01-worker2", "10.10.10.12", "10", "192.168.200.128/26"));

    private LabFixtures() {
    }

    static NodeFacts node(String name, String ip, String vlan, String block) {
        return new NodeFacts(name, ip, Map.of("vlan", vlan, "kubernetes.io/hostname", name), List.of(block));
    }
}
