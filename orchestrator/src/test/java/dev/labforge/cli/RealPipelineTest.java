package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no runtime, through the real loader, validator, resolver and renderer. */
class RealPipelineTest {
    static final Path SEED = Path.of("../labs/10-calico-bgp-ippool");
    static final Path GRAPH_GOLDEN = Path.of("../generator/src/test/resources/graph/seed.mmd");
    @TempDir
    Path tmp;

    static CliRun real(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCli.run(new DefaultBackend(Map.of()), Map.of(), false, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theSeedValidates() {
        // when
        CliRun run = real("validate", SEED.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ok: " + SEED.resolve("lab.yaml") + " is valid\n");
    }

    @Test
    void anInvalidLabShowsEveryDiagnosticWithItsPlaceAndExits2() throws IOException {
        // given: the seed with a subnet that has host bits and a node outside its VLAN
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        String seed = Files.readString(SEED.resolve("lab.yaml"));
        Files.writeString(dir.resolve("lab.yaml"), seed.replace("subnet: 10.10.20.0/24", "subnet: 10.10.20.1/24")
                .replace("ip: 10.10.10.12,", "ip: 10.10.30.12,"));

        // when
        CliRun run = real("validate", dir.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("lab\\.yaml:\\d+:\\d+: error\\[[A-Z0-9-]+\\] tor\\.vlans")
                .containsPattern("lab\\.yaml:\\d+:\\d+: error\\[[A-Z0-9-]+\\] cluster\\.nodes\\[2\\]\\.ip")
                .containsPattern("(?m)^\\d+ errors?, \\d+ warnings?$")
                .doesNotContain("\tat ");
    }

    @Test
    void graphOfTheSeedFromItsLabYamlMatchesTheGeneratorGolden() throws IOException {
        // when
        CliRun run = real("graph", SEED.toString());
        CliRun fenced = real("graph", SEED.toString(), "--fenced");
        CliRun dot = real("graph", SEED.toString(), "--format", "dot");
        CliRun fencedDot = real("graph", SEED.toString(), "--format", "dot", "--fenced");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(GRAPH_GOLDEN));
        assertThat(fenced.out()).isEqualTo("```mermaid\n" + Files.readString(GRAPH_GOLDEN) + "```\n");
        assertThat(dot.out()).startsWith("graph \"calico-bgp-lb\" {\n").endsWith("}\n");
        assertThat(fencedDot.out()).isEqualTo("```dot\n" + dot.out() + "```\n");
    }

    @Test
    void renderWritesTheLayoutAndListsIt() {
        // given
        Path out = tmp.resolve("out");

        // when
        CliRun run = real("render", SEED.toString(), "-o", out.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  topology.clab.yaml\n", "  k01.kind.yaml\n", "  labforge/plan.yaml\n",
                "  calico-cni-config/bgp-configuration.yaml\n", "  startup-configs/ceos01-startup-config.cfg\n");
        assertThat(out.resolve("topology.clab.yaml")).exists();
    }

    @Test
    void theArchetypeIsAValidLab() {
        // given
        Path dir = tmp.resolve("11-first-lab");

        // when
        CliRun created = real("new", dir.toString());
        CliRun validated = real("validate", dir.toString());
        Lab model = new DefaultBackend(Map.of()).model(dir);

        // then
        assertThat(created.exitCode()).isZero();
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.err()).isEmpty();
        assertThat(model.name()).isEqualTo("11-first-lab");
        assertThat(model.tor().orElseThrow().vlans()).hasSize(1);
        assertThat(model.cluster().nodes()).extracting(n -> n.name())
                .containsExactly("k01-control-plane", "k01-worker", "k01-worker2");
        assertThat(model.calico().peers()).hasSize(1);
        assertThat(model.workloads()).singleElement().satisfies(w -> assertThat(w.daemonSet()).isTrue());
        assertThat(model.checks()).filteredOn(c -> c.type().equals("ping")).isNotEmpty();
    }

    @Test
    void theNoTorArchetypeIsAValidLabWithoutARouter() {
        // given
        Path dir = tmp.resolve("02-first-pods");

        // when
        CliRun created = real("new", dir.toString(), "--archetype", "no-tor");
        CliRun validated = real("validate", dir.toString());
        Lab model = new DefaultBackend(Map.of()).model(dir);

        // then
        assertThat(created.exitCode()).isZero();
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(validated.err()).isEmpty();
        assertThat(model.tor()).isEmpty();
        assertThat(model.network()).isPresent();
        assertThat(model.cluster().nodes()).extracting(n -> n.ip()).containsExactly("172.18.0.2", "172.18.0.3", "172.18.0.4");
        assertThat(model.checks()).extracting(c -> c.type()).contains("bgp", "route", "ping");
    }

    @Test
    void aCopyOfTheSeedIsValidAndCarriesTheNewName() throws IOException {
        // given
        Path dir = tmp.resolve("12-seed-copy");

        // when
        CliRun created = real("new", dir.toString(), "--from", SEED.toString());
        CliRun validated = real("validate", dir.toString());

        // then
        assertThat(created.exitCode()).isZero();
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(new DefaultBackend(Map.of()).model(dir).name()).isEqualTo("12-seed-copy");
        assertThat(Files.readString(dir.resolve("lab.yaml")))
                .isEqualTo(Files.readString(SEED.resolve("lab.yaml")).replace("name: calico-bgp-lb\n", "name: 12-seed-copy\n"));
    }
}
