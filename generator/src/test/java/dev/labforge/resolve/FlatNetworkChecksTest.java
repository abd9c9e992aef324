package dev.labforge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.model.Lab;
import dev.labforge.testing.FlatSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks derived for a lab without a ToR: the mesh, Felix's direct routes between nodes (via eth0, onlink) and
 * its blackholes, the VXLAN device's MTU and VTEP, the pods' MTU, pings on and across nodes.
 */
class FlatNetworkChecksTest {

    @Test
    void mesh_sessions_both_ends_then_each_block_on_the_other_nodes_then_pings_on_and_across_nodes() {
        // given
        Lab lab = Resolver.resolve(FlatSpecs.podRouting());
        // when
        List<String> names = lab.checks().stream().map(Check::name).toList();
        // then
        assertThat(names).containsExactly(
                "bgp pod-routing-control-plane -> 172.18.0.3 (pod-routing-worker)",
                "bgp pod-routing-control-plane -> 172.18.0.4 (pod-routing-worker2)",
                "bgp pod-routing-worker -> 172.18.0.2 (pod-routing-control-plane)",
                "bgp pod-routing-worker -> 172.18.0.4 (pod-routing-worker2)",
                "bgp pod-routing-worker2 -> 172.18.0.2 (pod-routing-control-plane)",
                "bgp pod-routing-worker2 -> 172.18.0.3 (pod-routing-worker)",
                "route pod-routing-control-plane 192.168.0.64/26 via 172.18.0.3 dev eth0 onlink",
                "route pod-routing-control-plane 192.168.0.128/26 via 172.18.0.4 dev eth0 onlink",
                "route pod-routing-control-plane 192.168.0.0/26 blackhole",
                "route pod-routing-worker 192.168.0.0/26 via 172.18.0.2 dev eth0 onlink",
                "route pod-routing-worker 192.168.0.128/26 via 172.18.0.4 dev eth0 onlink",
                "route pod-routing-worker 192.168.0.64/26 blackhole",
                "route pod-routing-worker2 192.168.0.0/26 via 172.18.0.2 dev eth0 onlink",
                "route pod-routing-worker2 192.168.0.64/26 via 172.18.0.3 dev eth0 onlink",
                "route pod-routing-worker2 192.168.0.128/26 blackhole",
                "mtu pod-routing-control-plane vxlan.calico 1450",
                "mtu pod-routing-worker vxlan.calico 1450",
                "mtu pod-routing-worker2 vxlan.calico 1450",
                "mtu multitool-1@pod-routing-control-plane eth0 1450",
                "mtu multitool-1@pod-routing-worker eth0 1450",
                "mtu multitool-1@pod-routing-worker2 eth0 1450",
                "address pod-routing-control-plane vxlan.calico in 192.168.0.0/26",
                "address pod-routing-worker vxlan.calico in 192.168.0.64/26",
                "address pod-routing-worker2 vxlan.calico in 192.168.0.128/26",
                "ping multitool-1@pod-routing-control-plane -> multitool-2@pod-routing-control-plane ttl 63",
                "ping multitool-1@pod-routing-worker -> multitool-2@pod-routing-worker ttl 63",
                "ping multitool-1@pod-routing-worker2 -> multitool-2@pod-routing-worker2 ttl 63",
                "ping multitool-1@pod-routing-worker -> multitool-1@pod-routing-control-plane ttl 62",
                "ping multitool-1@pod-routing-worker -> multitool-1@pod-routing-worker2 ttl 62");
        assertThat(lab.checks()).allMatch(Check::derived);
    }

    @Test
    void a_pool_without_encapsulation_is_routed_directly_from_the_mesh_and_a_vxlan_always_pool_through_the_tunnel() {
        // given
        Lab none = Resolver.resolve(FlatSpecs.parse(FlatSpecs.POD_ROUTING.replace("VXLANCrossSubnet", "None")));
        Lab vxlan = Resolver.resolve(FlatSpecs.parse(FlatSpecs.POD_ROUTING.replace("VXLANCrossSubnet", "VXLAN")));
        // when
        List<String> noneRoutes = none.checks().stream().filter(c -> c.type().equals("route")).map(Check::name).toList();
        List<String> vxlanChecks = vxlan.checks().stream().map(Check::name).toList();
        // then: BIRD installs what it learns from the mesh; VXLAN's routes go through vxlan.calico, not via the node,
        // and the pods still reach each other across nodes with TTL 62
        assertThat(noneRoutes).hasSize(6).contains("route pod-routing-worker 192.168.0.0/26 via 172.18.0.2");
        assertThat(vxlanChecks).contains("route pod-routing-worker 192.168.0.0/26 via 192.168.0.0 dev vxlan.calico onlink",
                        "ping multitool-1@pod-routing-worker -> multitool-1@pod-routing-worker2 ttl 62")
                .noneMatch(n -> n.startsWith("route pod-routing-worker 192.168.0.0/26 via 172.18.0.2"));
    }

    @Test
    void a_workload_on_one_node_pings_nothing_across_nodes_and_one_pod_per_node_nothing_on_the_node() {
        // given: multitool-2 runs on workers only; multitool-1 is gone
        String yaml = FlatSpecs.POD_ROUTING
                .replace("  - {name: multitool-1, kind: DaemonSet, image: praqma/network-multitool}\n", "")
                .replace("{name: multitool-2, kind: DaemonSet, image: praqma/network-multitool}",
                        "{name: multitool-2, kind: Deployment, replicas: 1, image: praqma/network-multitool}");
        // when
        Lab lab = Resolver.resolve(FlatSpecs.parse(yaml));
        // then
        assertThat(lab.checks()).filteredOn(PingCheck.class::isInstance).isEmpty();
    }

    @Test
    void an_author_names_a_mesh_peer_by_node_name() {
        // given
        String yaml = FlatSpecs.POD_ROUTING + "expect:\n  bgp:\n    - {on: pod-routing-worker, peer: pod-routing-worker2, established: false}\n";
        // when
        Lab lab = Resolver.resolve(FlatSpecs.parse(yaml));
        // then: it replaces the derived session in place
        assertThat(lab.checks()).extracting(Check::name).contains("no bgp pod-routing-worker -> 172.18.0.4 (pod-routing-worker2)")
                .doesNotContain("bgp pod-routing-worker -> 172.18.0.4 (pod-routing-worker2)");
        assertThat(lab.checks().get(3).name()).isEqualTo("no bgp pod-routing-worker -> 172.18.0.4 (pod-routing-worker2)");
    }
}
