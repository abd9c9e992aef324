package dev.labforge.runtime.netns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.ProcessCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The rendered bird.conf files must be accepted by the real BIRD 1.6 (`bird -p`: parse only, nothing starts). */
class CalicoBirdConfigBirdParseTest {
    private static Optional<Path> bird;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findBird() {
        bird = Tools.find("bird");
    }

    @TestFactory
    Stream<DynamicTest> realBirdAcceptsTheConfigOfEveryNode() {
        assumeTrue(bird.isPresent(), "bird (BIRD 1.6) is not installed: skipping the parse check (apt-get install bird)");
        CalicoResources seed = CalicoResources.read(LabFixtures.SEED_DIR);
        CalicoResources ebgp = CalicoResources.read(LabFixtures.EBGP_DIR);
        CalicoResources mesh = new CalicoResources(64512, true, seed.serviceLoadBalancerIPs(), seed.prefixAdvertisements(),
                seed.pools(), seed.peers());
        List<DynamicTest> tests = new ArrayList<>();
        for (NodeFacts n : LabFixtures.SEED_NODES) {
            tests.add(DynamicTest.dynamicTest("seed " + n.name(), () -> assertBirdAccepts(seed, n, LabFixtures.SEED_NODES)));
            tests.add(DynamicTest.dynamicTest("seed with mesh " + n.name(),
                    () -> assertBirdAccepts(mesh, n, LabFixtures.SEED_NODES)));
        }
        // a node without blocks or services, large communities, global and node peers, a disabled pool
        CalicoResources edge = new CalicoResources(65010, false, List.of(),
                List.of(new PrefixAdvertisement("10.50.0.0/16", List.of("65010:1:2", "65010:7"))),
                List.of(new PoolDef("quiet", "10.50.0.0/16", 26, "Never", "Never", false, true, null, null),
                        new PoolDef("vx", "10.60.0.0/16", 24, "Never", "CrossSubnet", true, false, null, null)),
                List.of(new PeerDef("global", "10.10.10.1", 65001, null, null),
                        new PeerDef("node", "10.10.10.254", 65010, null, "bare")));
        NodeFacts bare = new NodeFacts("bare", "10.10.10.20", java.util.Map.of(), List.of());
        tests.add(DynamicTest.dynamicTest("edge cases", () -> assertBirdAccepts(edge, bare, List.of(bare))));
        for (NodeFacts n : LabFixtures.EBGP_NODES) {
            tests.add(DynamicTest.dynamicTest("ebgp " + n.name(), () -> assertBirdAccepts(ebgp, n, LabFixtures.EBGP_NODES)));
        }
        return tests.stream();
    }

    @Test
    void theParseCheckItselfRejectsAForkOnlyAttribute() throws Exception {
        assumeTrue(bird.isPresent(), "bird (BIRD 1.6) is not installed: skipping the parse check (apt-get install bird)");
        // given: what confd writes for Calico's BIRD fork
        String conf = CalicoBirdConfig.render(CalicoResources.read(LabFixtures.SEED_DIR), LabFixtures.CONTROL_PLANE,
                LabFixtures.SEED_NODES).replace("  accept;\n}\n\nprotocol static", "  krt_tunnel = \"\";\n  accept;\n}\n\nprotocol static");
        assertThat(conf).contains("krt_tunnel");
        // when
        CommandResult r = parse(conf);
        // then
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stderr()).contains("You may set only variables");
    }

    private void assertBirdAccepts(CalicoResources calico, NodeFacts node, List<NodeFacts> all) throws Exception {
        CommandResult r = parse(CalicoBirdConfig.render(calico, node, all));
        assertThat(r.ok()).as("bird -p for %s: %s", node.name(), r.stdout() + r.stderr()).isTrue();
    }

    private CommandResult parse(String conf) throws Exception {
        Path file = Files.createTempFile(tmp, "bird", ".conf");
        Files.writeString(file, conf);
        return new ProcessCommandRunner().run(Command.of(bird.orElseThrow().toString(), "-p", "-c", file.toString()));
    }
}
