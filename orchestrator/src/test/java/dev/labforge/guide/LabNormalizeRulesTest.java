package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.guide.normalize.OutputNormalizer;
import org.junit.jupiter.api.Test;

class LabNormalizeRulesTest {
    static final OutputNormalizer LAB10 = OutputNormalizer.DEFAULT.withFirst(
            LabNormalizeRules.of(GuideFixtures.context("10-calico-bgp-ippool", "netns")));

    @Test
    void theLoadBalancerRangeMayPointToAnyPeeringNodeAndOutOfItsInterface() {
        // given: the ToR's line for the range as captured, and as it reads when another node won the best path
        String captured = "B>* 172.16.0.240/28 [200/0] via 10.10.10.10, br10, weight 1, 00:00:03";
        String other = "B>* 172.16.0.240/28 [200/0] via 10.10.20.20, br20, weight 1, 00:01:12";

        // when / then
        assertThat(LAB10.line(other)).isEqualTo(LAB10.line(captured));
    }

    @Test
    void aNextHopOutsideThePlanOrAnotherPrefixStillDiffers() {
        String captured = "B>* 172.16.0.240/28 [200/0] via 10.10.10.10, br10, weight 1, 00:00:03";
        assertThat(LAB10.line("B>* 172.16.0.240/28 [200/0] via 10.10.10.99, br10, weight 1, 00:00:03")).isNotEqualTo(LAB10.line(captured));
        // a block has one next hop in the plan: moving it is drift
        assertThat(LAB10.line("B>* 192.168.42.192/26 [200/0] via 10.10.10.12, br10, weight 1, 00:00:03"))
                .isNotEqualTo(LAB10.line("B>* 192.168.42.192/26 [200/0] via 10.10.10.11, br10, weight 1, 00:00:03"));
    }
}
