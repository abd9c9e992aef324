package dev.labforge.runtime.netns.config;

import static dev.labforge.runtime.netns.config.LabFixtures.CONTROL_PLANE;
import static dev.labforge.runtime.netns.config.LabFixtures.EBGP_DIR;
import static dev.labforge.runtime.netns.config.LabFixtures.EBGP_NODES;
import static dev.labforge.runtime.netns.config.LabFixtures.SEED_DIR;
import static dev.labforge.runtime.netns.config.LabFixtures.SEED_NODES;
import static dev.labforge.runtime.netns.config.LabFixtures.WORKER3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalicoBirdConfigTest {
    private final CalicoResources seed = CalicoResources.read(SEED_DIR);
    private final CalicoResources ebgp = CalicoResources.read(EBGP_DIR);

    @Test
    void seedControlPlaneMatchesGoldenFile() throws Exception {
        // when
        String conf = CalicoBirdConfig.render(seed, CONTROL_PLANE, SEED_NODES);
        // then
        Golden.assertMatches("bird/seed-k01-control-plane.conf", conf);
    }

    @Test
    void ebgpNodeMatchesGoldenFile() throws Exception {
        // when
        String conf = CalicoBirdConfig.render(ebgp, EBGP_NODES.get(1), EBGP_NODES);
        // then
        Golden.assertMatches("bird/ebgp-k01-worker.conf", conf);
    }

    @Test
    void peersOnlyWithTheBgpPeerWhoseSelectorMatchesTheNode() {
        // when
        String vlan10 = CalicoBirdConfig.render(seed, CONTROL_PLANE, SEED_NODES);
        String vlan20 = CalicoBirdConfig.render(seed, WORKER3, SEED_NODES);
        // then
        assertThat(vlan10).contains("protocol bgp Node_10_10_10_1 from bgp_template {", "neighbor 10.10.10.1 as 65010;",
                "source address 10.10.10.10;").doesNotContain("10_10_20_1");
        assertThat(vlan20).contains("protocol bgp Node_10_10_20_1 from bgp_template {", "source address 10.10.20.20;")
                .doesNotContain("Node_10_10_10_1");
        assertThat(vlan10).contains("# Node-to-node mesh disabled.").doesNotContain("Mesh_");
    }

    @Test
    void exportsOwnBlockAndServiceCidrButNoRoutesInsideTheBlock() {
        // when
        String conf = CalicoBirdConfig.render(seed, WORKER3, SEED_NODES);
        // then
        assertThat(conf).contains(
                "  if ( net = 192.168.46.128/26 ) then { accept; }\n  if ( net ~ 192.168.46.128/26 ) then { reject; }\n",
                "  route 192.168.46.128/26 blackhole;\n",
                "  route 172.16.0.240/28 blackhole;\n",
                "    bgp_community.add((65010, 100));\n");
        assertThat(conf).doesNotContain("192.168.69.0/26");
        // the service CIDR is kept out of the kernel, the pod pool is programmed
        assertThat(conf.substring(conf.indexOf("filter calico_kernel_programming")))
                .startsWith("filter calico_kernel_programming\n{\n"
                        + "  # Service CIDRs: learned routes inside them never reach the kernel.\n"
                        + "  if ( net ~ 172.16.0.240/28 ) then { reject; }\n"
                        + "  if ( net ~ 192.168.0.0/17 ) then { accept; }\n");
    }

    @Test
    void ebgpPeerUsesExternalExportAndDisabledPoolIsRejectedFirst() {
        // when
        String conf = CalicoBirdConfig.render(ebgp, EBGP_NODES.get(0), EBGP_NODES);
        // then
        assertThat(conf).contains("protocol bgp Node_10_10_10_1 from bgp_template {", "neighbor 10.10.10.1 as 65001;",
                "export filter { calico_export_to_bgp_peers(false); reject; };",
                "function reject_disabled_pools ()\n{\n  if ( net ~ 192.168.0.0/16 ) then { reject; }\n}",
                "  # 192.168.0.0/16 is not exported (disableBGPExport)\n",
                "  # VXLAN pool: Felix programs these routes, not BIRD.\n  if ( net ~ 192.168.0.0/16 ) then { reject; }\n");
    }

    @Test
    void meshPeersWithEveryOtherNodeAndIsPassiveTowardsHigherAddresses() {
        // given
        CalicoResources mesh = new CalicoResources(64512, true, List.of(), List.of(), seed.pools(), List.of());
        // when
        String conf = CalicoBirdConfig.render(mesh, LabFixtures.WORKER, SEED_NODES);
        // then
        assertThat(conf).doesNotContain("Mesh_10_10_10_11");
        assertThat(block(conf, "protocol bgp Mesh_10_10_10_10 ")).contains("neighbor 10.10.10.10 as 64512;", "import all;")
                .doesNotContain("passive on");
        assertThat(block(conf, "protocol bgp Mesh_10_10_10_12 ")).contains("passive on;");
        assertThat(block(conf, "protocol bgp Mesh_10_10_20_20 ")).contains("passive on;",
                "export filter { calico_export_to_bgp_peers(true); reject; };");
        assertThat(conf).contains("# No global peers configured.", "# No node-specific peers configured.");
    }

    @Test
    void peerWithNeitherNodeNorSelectorIsGlobalAndPeerOnOwnAddressIsSkipped() {
        // given
        CalicoResources calico = new CalicoResources(65010, false, List.of(), List.of(), seed.pools(), List.of(
                new PeerDef("everyone", "10.10.10.1", 65010, null, null),
                new PeerDef("self", "10.10.10.10", 65010, null, null),
                new PeerDef("only-worker", "10.10.10.254", 65020, null, "k01-worker")));
        // when
        String cp = CalicoBirdConfig.render(calico, CONTROL_PLANE, SEED_NODES);
        String worker = CalicoBirdConfig.render(calico, LabFixtures.WORKER, SEED_NODES);
        // then
        assertThat(cp).contains("protocol bgp Global_10_10_10_1 from bgp_template {",
                "# BGPPeer self: skipping ourselves (10.10.10.10)").doesNotContain("10_10_10_254");
        assertThat(worker).contains("protocol bgp Global_10_10_10_10 ", "protocol bgp Node_10_10_10_254 ");
        assertThat(block(worker, "protocol bgp Global_10_10_10_10 ")).doesNotContain("passive on");
    }

    @Test
    void nodeExcludedFromLoadBalancersHasNoServiceRoutes() {
        // given
        NodeFacts excluded = new NodeFacts("k01-worker", "10.10.10.11",
                Map.of("vlan", "10", CalicoBirdConfig.EXCLUDE_FROM_LB_LABEL, "true"), List.of("192.168.42.192/26"));
        // when
        String conf = CalicoBirdConfig.render(seed, excluded, SEED_NODES);
        // then
        assertThat(conf).doesNotContain("route 172.16.0.240/28 blackhole;").contains("route 192.168.42.192/26 blackhole;");
    }

    @Test
    void singleAddressServiceRangeIsNotAStaticRoute() {
        // given
        CalicoResources calico = new CalicoResources(65010, false, List.of("172.16.0.250/32", "172.16.1.0/24"), List.of(),
                seed.pools(), seed.peers());
        // when
        String conf = CalicoBirdConfig.render(calico, CONTROL_PLANE, SEED_NODES);
        // then
        assertThat(conf).contains("route 172.16.1.0/24 blackhole;",
                "# 172.16.0.250/32: single-address service ranges are advertised per service (not emulated)")
                .doesNotContain("route 172.16.0.250/32");
    }

    @Test
    void ipipPoolIsRefusedWithAClearReason() {
        // given
        CalicoResources ipip = new CalicoResources(65010, false, List.of(), List.of(),
                List.of(new PoolDef("tunnelled", "10.244.0.0/16", 26, "Always", "Never", true, false, null, null)), List.of());
        // when / then
        assertThatThrownBy(() -> CalicoBirdConfig.render(ipip, CONTROL_PLANE, SEED_NODES))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("IP pool tunnelled uses IPIP")
                .hasMessageContaining("not emulated by the netns runtime");
    }

    @Test
    void noKrtTunnelOrOtherForkAttributesAreEmitted() {
        // when
        String conf = CalicoBirdConfig.render(seed, CONTROL_PLANE, SEED_NODES);
        // then
        assertThat(conf).doesNotContain("krt_tunnel =").contains("connect delay time 1;", "connect retry time 2;");
    }

    @Test
    void badSelectorNamesThePeer() {
        // given
        CalicoResources calico = new CalicoResources(65010, false, List.of(), List.of(), seed.pools(),
                List.of(new PeerDef("broken", "10.10.10.1", 65010, "vlan == 10", null)));
        // when / then
        assertThatThrownBy(() -> CalicoBirdConfig.render(calico, CONTROL_PLANE, SEED_NODES))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("BGPPeer broken nodeSelector")
                .hasMessageContaining("invalid selector \"vlan == 10\"");
    }

    private static String block(String conf, String start) {
        int from = conf.indexOf(start);
        assertThat(from).as("%s in config", start).isNotNegative();
        return conf.substring(from, conf.indexOf("\n}\n", from) + 2);
    }
}
