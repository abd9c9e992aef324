package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalicoResourcesTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheSeedLab() {
        // when
        CalicoResources c = CalicoResources.read(LabFixtures.SEED_DIR);
        // then
        assertThat(c.asNumber()).isEqualTo(65010);
        assertThat(c.nodeToNodeMesh()).isFalse();
        assertThat(c.serviceLoadBalancerIPs()).containsExactly("172.16.0.240/28");
        assertThat(c.prefixAdvertisements()).containsExactly(new PrefixAdvertisement("192.168.0.0/17", List.of("65010:100")));
        assertThat(c.pools()).containsExactly(
                new PoolDef("default-ipv4-ippool", "192.168.0.0/17", 26, "Never", "Never", false, false, "all()",
                        List.of("Workload", "Tunnel")),
                new PoolDef("loadbalancer-ip-pool", "172.16.0.240/28", 28, "Never", "Never", true, false, "all()",
                        List.of("LoadBalancer")));
        assertThat(c.workloadPools()).extracting(PoolDef::name).containsExactly("default-ipv4-ippool");
        assertThat(c.peers()).containsExactly(
                new PeerDef("vlan-10", "10.10.10.1", 65010, "vlan == '10'", null),
                new PeerDef("vlan-20", "10.10.20.1", 65010, "vlan == '20'", null));
    }

    @Test
    void readsTheEbgpLabWithOperatorEncapsulationMapping() {
        // when
        CalicoResources c = CalicoResources.read(LabFixtures.EBGP_DIR);
        // then
        assertThat(c.pools()).singleElement().satisfies(p -> {
            assertThat(p.vxlanMode()).isEqualTo("CrossSubnet");
            assertThat(p.ipipMode()).isEqualTo("Never");
            assertThat(p.natOutgoing()).isTrue();
            assertThat(p.disableBGPExport()).isTrue();
        });
        assertThat(c.peers()).containsExactly(new PeerDef("tor", "10.10.10.1", 65001, "all()", null));
        assertThat(c.serviceLoadBalancerIPs()).isEmpty();
    }

    @Test
    void defaultsFollowCalicoWhenBgpConfigurationIsAbsent() {
        // given
        Map<String, String> files = Map.of("calico-cni-config/custom-resources.yaml", """
                apiVersion: operator.tigera.io/v1
                kind: Installation
                metadata: {name: default}
                spec:
                  calicoNetwork:
                    ipPools:
                      - {cidr: 10.244.0.0/16, encapsulation: VXLAN}
                """);
        // when
        CalicoResources c = CalicoResources.parse(files);
        // then
        assertThat(c.asNumber()).isEqualTo(64512);
        assertThat(c.nodeToNodeMesh()).isTrue();
        assertThat(c.pools()).containsExactly(new PoolDef("default-ipv4-ippool", "10.244.0.0/16", 26, "Never", "Always", true,
                false, "all()", null));
    }

    @Test
    void encapsulationMapsLikeTheOperator() {
        assertThat(encap("None")).containsExactly("Never", "Never");
        assertThat(encap("IPIP")).containsExactly("Always", "Never");
        assertThat(encap("IPIPCrossSubnet")).containsExactly("CrossSubnet", "Never");
        assertThat(encap("VXLAN")).containsExactly("Never", "Always");
        assertThat(encap("VXLANCrossSubnet")).containsExactly("Never", "CrossSubnet");
        assertThat(encap(null)).containsExactly("Always", "Never");
    }

    private static List<String> encap(String encapsulation) {
        String line = encapsulation == null ? "" : ", encapsulation: " + encapsulation;
        PoolDef p = CalicoResources.parse(Map.of("a.yaml", "kind: Installation\nspec: {calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16"
                + line + "}]}}\n")).pools().get(0);
        return List.of(p.ipipMode(), p.vxlanMode());
    }

    @Test
    void communityNamesResolveToTheirValues() {
        // given
        Map<String, String> files = Map.of("bgp.yaml", """
                apiVersion: crd.projectcalico.org/v1
                kind: BGPConfiguration
                metadata: {name: default}
                spec:
                  communities:
                    - {name: tagged, value: "65010:200"}
                  prefixAdvertisements:
                    - cidr: 192.168.0.0/17
                      communities: [tagged, "65010:100", "65010:1:2"]
                """);
        // when
        CalicoResources c = CalicoResources.parse(files);
        // then
        assertThat(c.prefixAdvertisements()).containsExactly(
                new PrefixAdvertisement("192.168.0.0/17", List.of("65010:200", "65010:100", "65010:1:2")));
    }

    @Test
    void malformedYamlNamesTheFile() throws Exception {
        // given
        Path dir = copySeed();
        Files.writeString(dir.resolve("calico-cni-config/bgppeer-vlan-20.yaml"), "kind: BGPPeer\nspec: [unclosed\n");
        // when / then
        assertThatThrownBy(() -> CalicoResources.read(dir)).isInstanceOf(NetnsConfigException.class)
                .hasMessageStartingWith("calico-cni-config/bgppeer-vlan-20.yaml: malformed YAML");
    }

    @Test
    void wrongTypeNamesFileDocumentAndField() {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("k8s-manifests/lb-ippool.yaml", "kind: Service\n---\nkind: IPPool\nmetadata: {name: lb}\nspec: {cidr: 172.16.0.240/28, blockSize: big}\n");
        // when / then
        assertThatThrownBy(() -> CalicoResources.parse(files)).isInstanceOf(NetnsConfigException.class)
                .hasMessage("k8s-manifests/lb-ippool.yaml (document 2): IPPool lb spec.blockSize must be a number, found 'big'");
    }

    @Test
    void documentThatIsNotAMappingIsAnError() {
        assertThatThrownBy(() -> CalicoResources.parse(Map.of("x.yaml", "- a\n- b\n"))).isInstanceOf(NetnsConfigException.class)
                .hasMessage("x.yaml (document 1): expected a Kubernetes resource (a mapping with kind:), found a list");
    }

    @Test
    void hostBitsInPoolCidrAreAnError() {
        assertThatThrownBy(() -> CalicoResources.parse(Map.of("p.yaml",
                "kind: IPPool\nmetadata: {name: p}\nspec: {cidr: 192.168.1.0/16}\n")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("p.yaml (document 1): IPPool p spec.cidr: '192.168.1.0/16' has host bits set");
    }

    @Test
    void unknownEncapsulationIsAnError() {
        assertThatThrownBy(() -> encap("GENEVE")).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("encapsulation 'GENEVE' is not one of None, IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet");
    }

    @Test
    void peerFieldsTheEmulationDoesNotReproduceAreRefused() {
        assertThatThrownBy(() -> CalicoResources.parse(Map.of("peer.yaml",
                "kind: BGPPeer\nmetadata: {name: rr}\nspec: {peerSelector: has(rr), nodeSelector: all()}\n")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessage("peer.yaml (document 1): BGPPeer rr spec.peerSelector is not emulated by the netns runtime;"
                        + " use --runtime clab for this lab or drop the field");
    }

    @Test
    void peerWithPortIsRefused() {
        assertThatThrownBy(() -> CalicoResources.parse(Map.of("peer.yaml",
                "kind: BGPPeer\nmetadata: {name: p}\nspec: {peerIP: \"10.10.10.1:1179\", asNumber: 65010}\n")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("peerIP '10.10.10.1:1179' must be a plain IPv4 or IPv6 address (ports are not emulated");
    }

    @Test
    void duplicatePoolNamesAreAnError() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.yaml", "kind: Installation\nspec: {calicoNetwork: {ipPools: [{name: p, cidr: 10.0.0.0/16}]}}\n");
        files.put("b.yaml", "kind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.1.0.0/16}\n");
        assertThatThrownBy(() -> CalicoResources.parse(files)).isInstanceOf(NetnsConfigException.class)
                .hasMessage("b.yaml (document 1): IP pool 'p' is defined twice");
    }

    @Test
    void perNodeBgpConfigurationIsRefused() {
        assertThatThrownBy(() -> CalicoResources.parse(Map.of("n.yaml",
                "kind: BGPConfiguration\nmetadata: {name: node.k01-worker}\nspec: {asNumber: 65020}\n")))
                .isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("only the global one named default is emulated");
    }

    @Test
    void missingCalicoFolderSaysWhatToDo() {
        assertThatThrownBy(() -> CalicoResources.read(tmp)).isInstanceOf(NetnsConfigException.class)
                .hasMessageContaining("calico-cni-config does not exist")
                .hasMessageContaining("lab render");
    }

    private Path copySeed() throws Exception {
        Path dir = tmp.resolve("seed");
        try (var files = Files.walk(LabFixtures.SEED_DIR)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(LabFixtures.SEED_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }
}
