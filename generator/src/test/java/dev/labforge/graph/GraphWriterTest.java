package dev.labforge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Lab;
import dev.labforge.model.Peer;
import dev.labforge.model.Tor;
import dev.labforge.model.TorRole;
import dev.labforge.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.labforge.testing.FlatSpecs;
import dev.labforge.testing.ReferenceLabs;
import org.junit.jupiter.api.Test;

class GraphWriterTest {
    static final Path GOLDEN = Path.of("src/test/resources/graph");

    @Test
    void seedAsMermaidMatchesTheGolden() throws IOException {
        // given
        Lab lab = Resolver.resolve(SeedSpec.seed());

        // when
        String mermaid = GraphWriter.mermaid(lab);

        // then
        assertGolden("seed.mmd", mermaid);
    }

    @Test
    void seedAsDotMatchesTheGolden() throws IOException {
        // given
        Lab lab = Resolver.resolve(SeedSpec.seed());

        // when
        String dot = GraphWriter.dot(lab);

        // then
        assertGolden("seed.dot", dot);
    }

    @Test
    void seedHasOneCablePerNodeAndOneIbgpRrClientSessionPerNode() {
        // given
        Lab lab = Resolver.resolve(SeedSpec.seed());

        // when
        String mermaid = GraphWriter.mermaid(lab);

        // then
        assertThat(mermaid.lines().filter(l -> l.contains(" ---|"))).hasSize(4);
        assertThat(mermaid.lines().filter(l -> l.contains(" -.-|"))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("iBGP", "RR client"));
        assertThat(mermaid).contains("tor_ceos01 -.-|\"bgppeer-vlan-10, iBGP to 10.10.10.1, RR client\"| node_k01_worker\n",
                "tor_ceos01 -.-|\"bgppeer-vlan-20, iBGP to 10.10.20.1, RR client\"| node_k01_worker3\n",
                "subgraph vlan_20[\"VLAN 20 Calico-Network-2: 10.10.20.0/24, gateway 10.10.20.1\"]",
                "node_k01_worker[\"k01-worker<br/>10.10.10.11/24<br/>block 192.168.42.192/26\"]");
    }

    @Test
    void aPeerInAnotherAsIsEbgpAndNeverAnRrClient() {
        // given: the seed with the ToR as a plain peer in AS 65001
        Lab seed = Resolver.resolve(SeedSpec.seed());
        Tor t = seed.tor().orElseThrow();
        Tor peerTor = new Tor(t.name(), t.platform(), t.image(), 65001, TorRole.PEER, t.routerId(), t.peerGroup(),
                t.peerDescription(), t.mtu(), t.vlans(), t.ports(), t.listenRanges(), t.peerAsn(), false);
        List<Peer> peers = seed.calico().peers().stream()
                .map(p -> new Peer(p.name(), p.peerIP(), 65001, p.nodeSelector(), p.nodes())).toList();
        var c = seed.calico();
        Lab lab = new Lab(seed.name(), seed.title(), peerTor, seed.cluster(),
                new dev.labforge.model.Calico(c.version(), c.asn(), c.nodeToNodeMesh(), c.logSeverity(),
                        c.nodeAddressCidrs(), c.pools(), c.loadBalancerIPs(), c.loadBalancerPools(),
                        c.prefixAdvertisements(), peers),
                seed.workloads(), seed.pods(), seed.checks());

        // when
        String dot = GraphWriter.dot(lab);

        // then
        assertThat(dot).contains("\"ceos01\" -- \"k01-worker\" [label=\"bgppeer-vlan-10\\neBGP to 10.10.10.1\", style=dashed];",
                "BGP peer, router-id").doesNotContain("RR client", "iBGP", "route reflector");
    }

    @Test
    void quotesInNamesCannotBreakTheOutput() {
        // given
        Lab seed = Resolver.resolve(SeedSpec.seed());
        Lab lab = new Lab(seed.name(), "say \"hi\" \\ there", seed.tor(), seed.network(), seed.cluster(), seed.calico(),
                seed.workloads(), seed.pods(), seed.checks());

        // when
        String dot = GraphWriter.dot(lab);
        String mermaid = GraphWriter.mermaid(lab);

        // then
        assertThat(dot).contains("label=\"calico-bgp-lb: say \\\"hi\\\" \\\\ there\";");
        assertThat(mermaid).startsWith("flowchart TB\n    %% calico-bgp-lb: say \"hi\" \\ there\n");
    }

    /** Compares with the golden file; -Dlabforge.golden.update=true rewrites it instead. */
    @Test
    void aLabWithoutAToRIsItsFlatNetworkWithOneMeshSessionPerPairOfNodes() throws IOException {
        // given
        Lab lab = Resolver.resolve(FlatSpecs.podRouting());

        // when
        String mermaid = GraphWriter.mermaid(lab);
        String dot = GraphWriter.dot(lab);

        // then
        assertGolden("flat.mmd", mermaid);
        assertGolden("flat.dot", dot);
        assertThat(mermaid).doesNotContain("tor_", " ---|").contains("subgraph net_kind[\"network kind: 172.18.0.0/16, no ToR\"]");
        assertThat(mermaid.lines().filter(l -> l.contains(" -.-|\"mesh, iBGP AS 64512\"|"))).hasSize(3);
        assertThat(dot.lines().filter(l -> l.contains("style=dashed"))).hasSize(3);
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("labforge.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(file).exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    @Test
    void aLinuxToRIsLabelledAsKernelRoutingWithoutAsOrSessions() {
        // given
        Lab lab = ReferenceLabs.resolved("04-linux-tor");

        // when
        String dot = GraphWriter.dot(lab);

        // then
        assertThat(dot).contains("tor01\\nlinux\\nkernel routing, no BGP").doesNotContain("AS 0", "BGP peer", "eBGP", "iBGP");
    }
}
