package dev.labforge.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.diag.SourceMark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {
    static final Path SEED = Path.of("../labs/10-calico-bgp-ippool");

    @Test
    void loadsTheSeedLabFromItsFolder() {
        // given
        SpecLoader loader = new SpecLoader();

        // when
        LoadedSpec loaded = loader.load(SEED);

        // then
        LabSpec spec = loaded.spec();
        assertThat(loaded.file()).isEqualTo(SEED.resolve("lab.yaml"));
        assertThat(spec.name()).isEqualTo("calico-bgp-lb");
        assertThat(spec.tor().asn()).isEqualTo(65010L);
        assertThat(spec.tor().vlans()).extracting(VlanSpec::id, VlanSpec::subnet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "10.10.10.0/24"),
                        org.assertj.core.groups.Tuple.tuple(20, "10.10.20.0/24"));
        assertThat(spec.cluster().nodes()).extracting(NodeSpec::name)
                .containsExactly("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3");
        assertThat(spec.cluster().nodes().get(1).role()).isNull();
        assertThat(spec.calico().peers()).isEqualTo(new PeersSpec("per-vlan", null));
        assertThat(spec.calico().pools().get(0)).isEqualTo(
                new PoolSpec("default-ipv4-ippool", "192.168.0.0/17", 26, "None", false, true, null));
        assertThat(spec.calico().prefixAdvertisements().get(0).communities()).containsExactly("65010:100");
        assertThat(spec.workloads().get(2).service()).isEqualTo(new ServiceSpec("lb-nginx-service", "LoadBalancer", 80));
        assertThat(spec.expect().ping().get(0)).isEqualTo(new PingExpectSpec("multitool-1@k01-worker", "multitool-1@k01-worker3", 61, null));
    }

    @Test
    void keepsLineAndColumnOfEveryValueByDottedPath() {
        // given
        SpecLoader loader = new SpecLoader();

        // when
        LoadedSpec loaded = loader.load(SEED.resolve("lab.yaml"), "lab.yaml");

        // then: scalars point at the value itself (a quoted one at its quote), collections at their key; 1-based
        assertThat(loaded.markOf("name")).isEqualTo(new SourceMark("lab.yaml", 3, 7));
        assertThat(loaded.markOf("tor.vlans.10.subnet")).isEqualTo(new SourceMark("lab.yaml", 14, 40));
        assertThat(loaded.markOf("tor.vlans.20")).isEqualTo(new SourceMark("lab.yaml", 15, 5));
        assertThat(loaded.markOf("cluster.nodes[1].ip")).isEqualTo(new SourceMark("lab.yaml", 25, 40));
        assertThat(loaded.markOf("cluster.nodes[3]")).isEqualTo(new SourceMark("lab.yaml", 27, 7));
        assertThat(loaded.markOf("calico.peers")).isEqualTo(new SourceMark("lab.yaml", 43, 10));
        assertThat(loaded.markOf("calico.prefixAdvertisements[0].communities[0]")).isEqualTo(new SourceMark("lab.yaml", 42, 44));
        // an unknown path falls back to its nearest recorded ancestor
        assertThat(loaded.markOf("cluster.nodes[1].labels.x")).isEqualTo(loaded.markOf("cluster.nodes[1]"));
    }

    @Test
    void recordsLabelMarksAndExplicitPeers(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, """
                name: t
                tor: {name: r1, platform: frr, image: frr, asn: 65001, role: peer, vlans: {10: {subnet: 10.0.0.0/24}}}
                cluster:
                  name: k
                  image: kindest/node:v1.32.2
                  nodes:
                    - name: k-control-plane
                      role: control-plane
                      vlan: 10
                      labels:
                        bgp-peer: "true"
                calico:
                  version: v3.30.0
                  asn: 65010
                  pools: [{name: p, cidr: 10.244.0.0/16}]
                  peers:
                    - {name: tor, nodeSelector: bgp-peer == "true"}
                """);

        // when
        LoadedSpec loaded = new SpecLoader().load(dir, "lab.yaml");

        // then
        assertThat(loaded.spec().cluster().nodes().get(0).labels()).isEqualTo(Map.of("bgp-peer", "true"));
        assertThat(loaded.marks()).containsEntry("cluster.nodes[0].labels.bgp-peer", new SourceMark("lab.yaml", 11, 19));
        assertThat(loaded.spec().calico().peers().explicit())
                .containsExactly(new PeerSpec("tor", null, null, "bgp-peer == \"true\""));
        assertThat(loaded.marks()).containsEntry("calico.peers[0].nodeSelector", new SourceMark("lab.yaml", 17, 33));
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        // given
        Path missing = dir.resolve("nope.yaml");

        // when / then
        assertThatThrownBy(() -> new SpecLoader().load(missing, "nope.yaml"))
                .isInstanceOf(LabSpecException.class)
                .hasMessage("nope.yaml:1:1: error[E-FILE] (file): the file does not exist\n"
                        + "  hint: pass a lab folder that contains lab.yaml, or the path of a lab.yaml file");
    }

    @Test
    void folderWithoutLabYamlSaysSo(@TempDir Path dir) {
        // when / then
        assertThatThrownBy(() -> new SpecLoader().load(dir))
                .isInstanceOf(LabSpecException.class)
                .hasMessageContaining("error[E-FILE]").hasMessageContaining("the folder has no lab.yaml");
    }

    @Test
    void reportsAllStructuralProblemsAtOnce(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, """
                name: t
                tor: {name: r1, platfrom: frr, image: frr, asn: "65001", role: peer, vlans: {10: {subnet: 10.0.0.0/24}}}
                cluster: {name: k, image: i, nodes: []}
                calico: {version: v3.30.0, asn: 65010, pools: [], peers: per-node}
                """);

        // when
        LabSpecException e = org.assertj.core.api.Assertions.catchThrowableOfType(LabSpecException.class,
                () -> new SpecLoader().load(file, "lab.yaml"));

        // then
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E-UNKNOWN-KEY", "tor.platfrom"),
                org.assertj.core.groups.Tuple.tuple("E-TYPE", "tor.asn"),
                org.assertj.core.groups.Tuple.tuple("E-ENUM", "calico.peers"));
        assertThat(e.diagnostics().get(0).hint()).startsWith("did you mean 'platform'?");
    }

    @Test
    void emptyFileIsReported(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, "# nothing yet\n");

        // when / then
        assertThatThrownBy(() -> new SpecLoader().load(file, "lab.yaml"))
                .isInstanceOf(LabSpecException.class).hasMessageContaining("error[E-REQUIRED] (file): the lab file is empty");
    }

    @Test
    void didYouMeanOnlySuggestsCloseMatches() {
        // given
        List<String> valid = List.of("name", "subnet", "gateway");

        // when / then
        assertThat(YamlBinder.didYouMean("subnett", valid)).isEqualTo("did you mean 'subnet'? ");
        assertThat(YamlBinder.didYouMean("gw", valid)).isEmpty();
    }

    @Test
    void marksInsideSelectorsAccountForQuotesAndEscapes(@TempDir Path dir) throws Exception {
        // given: the same selector plain, double-quoted with escapes, and single-quoted with a doubled quote
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, """
                calico:
                  pools:
                    - nodeSelector: vlan == "10"
                    - nodeSelector: "vlan == \\"10\\""
                    - nodeSelector: 'it''s == "x"'
                """);
        String yaml = Files.readString(file);

        // when
        LoadedSpec loaded = catchLoaded(yaml, file);

        // then: offset 8 is the quote before 10 (written \" when double-quoted); offset 3 of it''s is the s
        assertThat(loaded.markInside("calico.pools[0].nodeSelector", 8)).isEqualTo(new SourceMark("lab.yaml", 3, 29));
        assertThat(loaded.markInside("calico.pools[1].nodeSelector", 8)).isEqualTo(new SourceMark("lab.yaml", 4, 30));
        assertThat(loaded.markInside("calico.pools[1].nodeSelector", 12)).isEqualTo(new SourceMark("lab.yaml", 4, 36));
        assertThat(loaded.markInside("calico.pools[2].nodeSelector", 3)).isEqualTo(new SourceMark("lab.yaml", 5, 26));
        // end of input is addressable too (Calico reports "unexpected end" there)
        assertThat(loaded.markInside("calico.pools[0].nodeSelector", 12)).isEqualTo(new SourceMark("lab.yaml", 3, 33));
    }

    /** Binds marks even though this partial lab fails the required-field checks. */
    private static LoadedSpec catchLoaded(String yaml, Path file) {
        dev.labforge.diag.Diagnostics out = new dev.labforge.diag.Diagnostics();
        YamlBinder b = new YamlBinder("lab.yaml", yaml, out);
        org.snakeyaml.engine.v2.nodes.Node root = new org.snakeyaml.engine.v2.api.lowlevel.Compose(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).composeString(yaml).orElseThrow();
        YamlBinder.Obj top = b.obj(root, "", "calico");
        YamlBinder.Obj calico = top.obj("calico", "pools");
        calico.list("pools", (n, p) -> b.obj(n, p, "nodeSelector").selector("nodeSelector"));
        return new LoadedSpec(file, null, Map.copyOf(b.marks()));
    }

    @Test
    void aLinuxToRNeedsNoAsnButACeosOneDoes(@TempDir Path dir) throws Exception {
        // given
        String lab = """
                name: t
                tor: {name: r1, platform: %s, vlans: {10: {subnet: 10.0.0.0/24}}}
                cluster: {name: k, nodes: [{name: k-control-plane, role: control-plane, vlan: 10}]}
                calico: {}
                """;
        Path linux = Files.writeString(dir.resolve("linux.yaml"), lab.formatted("linux"));
        Path ceos = Files.writeString(dir.resolve("ceos.yaml"), lab.formatted("ceos"));

        // when
        LoadedSpec loaded = new SpecLoader().load(linux, "linux.yaml");

        // then
        assertThat(loaded.spec().tor().asn()).isNull();
        assertThatThrownBy(() -> new SpecLoader().load(ceos, "ceos.yaml"))
                .isInstanceOf(LabSpecException.class)
                .satisfies(e -> assertThat(((LabSpecException) e).diagnostics()).extracting(d -> d.code() + " " + d.path())
                        .containsExactly("E-REQUIRED tor.asn"));
    }

    @Test
    void withoutAToRNodesNeedNoVlanButBehindOneTheyDo(@TempDir Path dir) throws Exception {
        // given
        String flat = """
                name: t
                cluster:
                  name: k
                  network: {subnet: 10.89.0.0/24}
                  nodes: [{name: k-control-plane, role: control-plane}]
                calico: {reservations: [{name: r, cidrs: [192.168.0.8/29, 192.168.0.1]}]}
                """;
        String withTor = """
                name: t
                tor: {name: r1, asn: 65010, vlans: {10: {subnet: 10.0.0.0/24}}}
                cluster: {name: k, nodes: [{name: k-control-plane, role: control-plane}]}
                calico: {}
                """;
        Path flatFile = Files.writeString(dir.resolve("flat.yaml"), flat);
        Path torFile = Files.writeString(dir.resolve("tor.yaml"), withTor);

        // when
        LoadedSpec loaded = new SpecLoader().load(flatFile, "flat.yaml");

        // then
        assertThat(loaded.spec().tor()).isNull();
        assertThat(loaded.spec().cluster().network().subnet()).isEqualTo("10.89.0.0/24");
        assertThat(loaded.spec().cluster().nodes().get(0).vlan()).isNull();
        assertThat(loaded.spec().calico().reservations()).singleElement()
                .satisfies(r -> assertThat(r.cidrs()).containsExactly("192.168.0.8/29", "192.168.0.1"));
        assertThatThrownBy(() -> new SpecLoader().load(torFile, "tor.yaml"))
                .isInstanceOf(LabSpecException.class)
                .satisfies(e -> assertThat(((LabSpecException) e).diagnostics()).extracting(d -> d.code() + " " + d.path())
                        .containsExactly("E-REQUIRED cluster.nodes[0].vlan"));
    }
}
