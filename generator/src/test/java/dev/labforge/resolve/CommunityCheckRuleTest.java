package dev.labforge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.Check;
import dev.labforge.check.CommunityCheck;
import dev.labforge.model.Lab;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.CommunityExpectSpec;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.testing.ReferenceLabs;
import dev.labforge.testing.SeedSpecs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommunityCheckRuleTest {
    private final CommunityCheckRule rule = new CommunityCheckRule();

    @Test
    void theSeedTagsEachNodesBlockWithItsAdvertisementsCommunityOnTheToR() {
        // given the seed: prefixAdvertisements 192.168.0.0/17 -> 65010:100, four peering nodes, pool exported
        Lab lab = Resolver.resolve(SeedSpecs.seed());
        // when
        List<Check> checks = rule.derive(lab);
        // then
        assertThat(checks).containsExactly(
                new CommunityCheck("ceos01", "192.168.69.0/26", "k01-control-plane", List.of("65010:100"), true),
                new CommunityCheck("ceos01", "192.168.42.192/26", "k01-worker", List.of("65010:100"), true),
                new CommunityCheck("ceos01", "192.168.88.192/26", "k01-worker2", List.of("65010:100"), true),
                new CommunityCheck("ceos01", "192.168.46.128/26", "k01-worker3", List.of("65010:100"), true));
    }

    @Test
    void everyCoveringAdvertisementAddsItsCommunitiesAndUncoveredBlocksGetNoCheck() {
        // given: one entry covers every block, a narrower one only worker's /26, a third covers none
        LabSpec seed = SeedSpecs.seed();
        Lab lab = Resolver.resolve(withAdverts(seed, List.of(
                new PrefixAdvertisementSpec("192.168.0.0/17", List.of("65010:100")),
                new PrefixAdvertisementSpec("192.168.42.0/24", List.of("65010:200", "65010:100")),
                new PrefixAdvertisementSpec("10.0.0.0/8", List.of("65010:300")))));
        // when
        List<Check> checks = rule.derive(lab);
        // then
        assertThat(checks).filteredOn(c -> ((CommunityCheck) c).node().equals("k01-worker")).singleElement()
                .extracting(c -> ((CommunityCheck) c).communities()).isEqualTo(List.of("65010:100", "65010:200"));
        assertThat(checks).hasSize(4).noneMatch(c -> ((CommunityCheck) c).communities().contains("65010:300"));
    }

    @Test
    void nothingIsDerivedWhereNoBlockReachesTheToR() {
        // given: an eBGP lab whose pool does not export, and the linux lab (no BGP at all)
        Lab notExported = Resolver.resolve(withAdverts(SeedSpecs.selectivePeering(),
                List.of(new PrefixAdvertisementSpec("192.168.0.0/16", List.of("65010:100")))));
        Lab linux = ReferenceLabs.resolved("04-linux-tor");
        // when / then
        assertThat(notExported.calico().prefixAdvertisements()).isNotEmpty();
        assertThat(rule.derive(notExported)).isEmpty();
        assertThat(rule.derive(linux)).isEmpty();
    }

    @Test
    void anAuthorEntryIsOnTheToRAndNamesTheNodeWhoseBlockItIs() {
        // given
        Lab lab = Resolver.resolve(SeedSpecs.seed());
        ExpectSpec expect = new ExpectSpec(null, null, Map.of(CommunityExpectSpec.KEY, List.of(
                new CommunityExpectSpec(null, "192.168.46.128/26", null, List.of("65010:999")),
                new CommunityExpectSpec(null, "10.1.0.0/16", null, List.of("1:1")))));
        // when
        List<Check> authored = rule.authored(expect, lab, Map.of());
        // then
        assertThat(authored).containsExactly(
                new CommunityCheck("ceos01", "192.168.46.128/26", "k01-worker3", List.of("65010:999"), false),
                new CommunityCheck("ceos01", "10.1.0.0/16", null, List.of("1:1"), false));
    }

    private static LabSpec withAdverts(LabSpec s, List<PrefixAdvertisementSpec> adverts) {
        CalicoSpec c = s.calico();
        return new LabSpec(s.name(), s.title(), s.tor(), s.cluster(), new CalicoSpec(c.version(), c.asn(), c.nodeToNodeMesh(),
                c.nodeAddressCidrs(), c.pools(), c.loadBalancerIPs(), adverts, c.peers(), c.logSeverity()), s.workloads(), s.expect());
    }
}
