package dev.labforge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.FlatNetwork;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.testing.FlatSpecs;
import org.junit.jupiter.api.Test;

/** A lab without a ToR: its nodes on one flat network, kind's Docker network by default. */
class FlatNetworkResolveTest {

    @Test
    void nodes_take_addresses_of_kinds_network_in_kinds_order() {
        // given / when
        Lab lab = Resolver.resolve(FlatSpecs.podRouting());
        // then
        assertThat(lab.tor()).isEmpty();
        assertThat(lab.network()).contains(new FlatNetwork("kind", "172.18.0.0/16", "172.18.0.1", 16));
        assertThat(lab.cluster().nodes()).extracting(Node::name, Node::ip, Node::vlan, Node::gateway, Node::subnet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pod-routing-control-plane", "172.18.0.2", Node.NO_VLAN, "172.18.0.1", "172.18.0.0/16"),
                        org.assertj.core.groups.Tuple.tuple("pod-routing-worker", "172.18.0.3", Node.NO_VLAN, "172.18.0.1", "172.18.0.0/16"),
                        org.assertj.core.groups.Tuple.tuple("pod-routing-worker2", "172.18.0.4", Node.NO_VLAN, "172.18.0.1", "172.18.0.0/16"));
        assertThat(lab.cluster().nodes()).allSatisfy(n -> {
            assertThat(n.routes()).as("no static routes: one subnet").isEmpty();
            assertThat(n.labels()).as("no vlan label").isEmpty();
            assertThat(n.bgpPeers()).isEmpty();
        });
        assertThat(lab.calico().peers()).isEmpty();
        assertThat(lab.calico().nodeAddressCidrs()).as("Calico's first-found picks eth0").isEmpty();
    }

    @Test
    void a_pinned_address_is_kept_and_skipped_by_the_others_and_the_network_may_be_written() {
        // given
        String yaml = FlatSpecs.POD_ROUTING
                .replace("  podSubnet: 192.168.0.0/16\n", "  podSubnet: 192.168.0.0/16\n  network: {subnet: 10.89.0.0/24, gateway: 10.89.0.254}\n")
                .replace("{name: pod-routing-worker}", "{name: pod-routing-worker, ip: 10.89.0.2}");
        // when
        Lab lab = Resolver.resolve(FlatSpecs.parse(yaml));
        // then
        assertThat(lab.network().orElseThrow().gateway()).isEqualTo("10.89.0.254");
        assertThat(lab.cluster().nodes()).extracting(Node::ip).containsExactly("10.89.0.3", "10.89.0.2", "10.89.0.4");
        assertThat(lab.cluster().nodes().get(0).ipCidr()).isEqualTo("10.89.0.3/24");
    }

    @Test
    void user_labels_are_the_only_labels_and_reservations_resolve_with_names() {
        // given
        String yaml = FlatSpecs.POD_ROUTING
                .replace("{name: pod-routing-worker}", "{name: pod-routing-worker, labels: {zone: a}}")
                .replace("  pools:\n", "  reservations:\n    - {cidrs: [192.168.100.8/29, 192.168.7.7]}\n  pools:\n");
        // when
        Lab lab = Resolver.resolve(FlatSpecs.parse(yaml));
        // then
        assertThat(lab.node("pod-routing-worker").labels()).containsExactly(java.util.Map.entry("zone", "a"));
        assertThat(lab.calico().reservations()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("reserved-ips");
            assertThat(r.cidrs()).containsExactly("192.168.100.8/29", "192.168.7.7/32");
        });
    }

    @Test
    void a_fixed_address_claims_its_block_for_the_pods_node_and_dynamic_pods_skip_reserved_and_fixed_addresses() {
        // given: the node's first block is 192.168.0.64/26; .65-.70 reserved, .71 fixed for a Pod elsewhere in it
        String yaml = FlatSpecs.POD_ROUTING
                .replace("  pools:\n", "  reservations:\n    - {cidrs: [192.168.0.64/29, 192.168.100.8/29]}\n  pools:\n")
                .replace("workloads:\n", """
                        workloads:
                          - {name: static-pod, kind: Pod, node: pod-routing-worker, image: busybox, ip: 192.168.100.10}
                          - {name: pinned-pod, kind: Pod, node: pod-routing-worker, image: busybox, ip: 192.168.0.72}
                        """);
        // when
        Lab lab = Resolver.resolve(FlatSpecs.parse(yaml));
        // then
        assertThat(lab.node("pod-routing-worker").blocks()).extracting(b -> b.cidr() + " " + b.pinned())
                .containsExactly("192.168.0.64/26 false", "192.168.100.0/26 false");
        assertThat(lab.node("pod-routing-worker2").blocks()).extracting(b -> b.cidr())
                .as("no other node is planned into a claimed block").containsExactly("192.168.0.128/26");
        assertThat(lab.pods()).filteredOn(p -> p.node().equals("pod-routing-worker")).extracting(p -> p.name() + " " + p.ip())
                .containsExactly("static-pod 192.168.100.10", "pinned-pod 192.168.0.72",
                        "multitool-1-pod-routing-worker 192.168.0.73", "multitool-2-pod-routing-worker 192.168.0.74");
    }
}
