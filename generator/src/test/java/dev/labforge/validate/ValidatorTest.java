package dev.labforge.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.Diagnostics;
import dev.labforge.diag.LabSpecException;
import dev.labforge.diag.Severity;
import dev.labforge.diag.SourceMark;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PingExpectSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    static final Path LABS = Path.of("../labs");

    @Test
    void seedLabHasNoDiagnosticsAtAll() {
        // given
        LoadedSpec seed = new SpecLoader().load(LABS.resolve("10-calico-bgp-ippool"));

        // when
        List<Diagnostic> warnings = new Validator().validateOrThrow(seed);

        // then
        assertThat(warnings).isEmpty();
    }

    @Test
    void validationDoesNotChangeTheSpec() {
        // given
        LoadedSpec seed = new SpecLoader().load(LABS.resolve("10-calico-bgp-ippool"));
        LabSpec before = new SpecLoader().load(LABS.resolve("10-calico-bgp-ippool")).spec();

        // when
        new Validator().validate(seed);

        // then
        assertThat(seed.spec()).isEqualTo(before);
    }

    @Test
    void validateOrThrowCarriesEveryDiagnosticIncludingWarnings() {
        // given
        LoadedSpec spec = new SpecLoader().load(Path.of("src/test/resources/errors/peer-ip.yaml"), "peer-ip.yaml");

        // when
        LabSpecException e = catchThrowableOfType(LabSpecException.class, () -> new Validator().validateOrThrow(spec));

        // then
        assertThat(e.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("W-SELECTOR-NO-MATCH", "E-PEER-IP", "E-PEER-IP", "E-PEER-IP", "E-PEER-ASN");
        assertThat(e.getMessage()).startsWith("peer-ip.yaml:31:58: warning[W-SELECTOR-NO-MATCH] calico.peers[0].nodeSelector:");
    }

    @Test
    void neverThrowsOnASpecBuiltWithHolesEverywhere() {
        // given: every optional and required field null, lists with null items (as a programmatic caller might)
        TorSpec tor = new TorSpec(null, null, null, null, "route-reflector", null, null, null, null,
                Arrays.asList(new VlanSpec(null, null, null, null), null, new VlanSpec(10, null, "10.0.0.0/24", null)),
                Arrays.asList((String) null));
        ClusterSpec cluster = new ClusterSpec(null, null, null, null, 9000,
                Arrays.asList(new NodeSpec(null, null, null, null, null, null), null,
                        new NodeSpec("n", "control-plane", 10, "10.0.0.1", "1.2.3.0/26", Map.of())));
        CalicoSpec calico = new CalicoSpec(null, null, null, List.of(), Arrays.asList(new PoolSpec(null, null, null, null, null, null, null)),
                null, List.of(new PrefixAdvertisementSpec(null, null)),
                new PeersSpec(null, List.of(new PeerSpec(null, null, null, null))), null);
        LabSpec spec = new LabSpec(null, null, tor, cluster, calico,
                List.of(new WorkloadSpec(null, null, null, null, null, null)),
                ExpectSpec.pings(null, List.of(new PingExpectSpec(null, "x@", null, null))));
        LoadedSpec loaded = new LoadedSpec(Path.of("lab.yaml"), spec, Map.of());

        // when
        Diagnostics d = new Validator().validate(loaded);

        // then: problems are reported, none of them is a rule crashing
        assertThat(d.all()).extracting(Diagnostic::code).doesNotContain("E-INTERNAL");
        assertThat(d.hasErrors()).isTrue();
    }

    @Test
    void aFailingRuleBecomesAnInternalDiagnosticInsteadOfAnException() {
        // given
        Rule broken = (ctx, out) -> {
            throw new IllegalStateException("boom");
        };
        LoadedSpec seed = new SpecLoader().load(LABS.resolve("10-calico-bgp-ippool"));

        // when
        Diagnostics d = new Validator(List.of(broken, new NameRule())).validate(seed);

        // then
        assertThat(d.all()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("E-INTERNAL");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("boom");
        });
    }

    @Test
    void diagnosticsFallBackToTheNearestMarkedAncestor() {
        // given: marks only for the node itself, not its ip
        NodeSpec node = new NodeSpec("k-control-plane", "control-plane", 10, "10.0.0.0", null, null);
        LabSpec spec = new LabSpec("x", null,
                new TorSpec("t", "frr", "i", 65001L, "peer", null, null, null, null,
                        List.of(new VlanSpec(10, null, "10.0.0.0/24", null)), null),
                new ClusterSpec("k", "i", null, null, null, List.of(node)), null, null, null);
        SourceMark nodeMark = new SourceMark("lab.yaml", 7, 7);
        LoadedSpec loaded = new LoadedSpec(Path.of("lab.yaml"), spec, Map.of("cluster.nodes[0]", nodeMark));

        // when
        List<Diagnostic> all = new Validator().validate(loaded).all();

        // then
        assertThat(all).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("E-NODE-IP-RESERVED");
            assertThat(x.path()).isEqualTo("cluster.nodes[0].ip");
            assertThat(x.at()).isEqualTo(nodeMark);
        });
    }
}
