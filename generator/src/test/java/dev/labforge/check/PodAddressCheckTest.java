package dev.labforge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodAddressCheckTest {

    @Test
    void isNamedByPodAndWhatItsAddressMustBe() {
        // given
        PodAddressCheck fixed = PodAddressCheck.fixed("static-pod@k01-worker", "192.168.100.10", true);
        PodAddressCheck outside = PodAddressCheck.outside("dynamic-pod@k01-worker", List.of("192.168.100.8/29", "10.0.0.1/32"), false);
        // when / then
        assertThat(fixed.name()).isEqualTo("pod-address static-pod@k01-worker is 192.168.100.10");
        assertThat(outside.name()).isEqualTo("pod-address dynamic-pod@k01-worker outside 192.168.100.8/29, 10.0.0.1/32");
        assertThat(outside.key()).isEqualTo("pod-address dynamic-pod@k01-worker").isEqualTo(PodAddressCheck
                .fixed("dynamic-pod@k01-worker", "192.168.0.65", true).key());
    }

    @Test
    void roundTripsThroughItsPlanEntry() {
        // given
        PodAddressCheck fixed = PodAddressCheck.fixed("static-pod@k01-worker", "192.168.100.10", true);
        PodAddressCheck outside = PodAddressCheck.outside("dynamic-pod@k01-worker", List.of("192.168.100.8/29"), false);
        // when
        Map<String, Object> plan = CheckTypes.toPlan(outside);
        Check fixedBack = CheckTypes.fromPlan(new PlanEntry(CheckTypes.toPlan(fixed), "checks[0]"));
        Check outsideBack = CheckTypes.fromPlan(new PlanEntry(plan, "checks[1]"));
        // then
        assertThat(plan).containsExactly(Map.entry("type", "pod-address"), Map.entry("pod", "dynamic-pod@k01-worker"),
                Map.entry("outside", List.of("192.168.100.8/29")), Map.entry("derived", false));
        assertThat(fixedBack).isEqualTo(fixed);
        assertThat(outsideBack).isEqualTo(outside);
    }

    @Test
    void anEntryWithBothOrNeitherIsAPlanErrorAndSoIsSuchARecord() {
        // given
        PlanEntry neither = new PlanEntry(Map.of("type", "pod-address", "pod", "a@n"), "checks[2] (pod-address)");
        PlanEntry both = new PlanEntry(Map.of("type", "pod-address", "pod", "a@n", "address", "10.0.0.1", "outside", List.of("10.0.0.0/8")),
                "checks[3] (pod-address)");
        // when / then
        assertThatThrownBy(() -> CheckTypes.fromPlan(neither)).isInstanceOf(PlanFormatException.class)
                .hasMessage("checks[2] (pod-address): give either address or a non-empty outside list");
        assertThatThrownBy(() -> CheckTypes.fromPlan(both)).isInstanceOf(PlanFormatException.class);
        assertThatThrownBy(() -> new PodAddressCheck("a@n", null, List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
