package dev.labforge.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SelectorMatchTest {

    private static final Map<String, String> RACK_A = Map.of(
            "vlan", "10",
            "bgp-peer", "true",
            "kubernetes.io/hostname", "k01-worker",
            "rack", "rack-a");
    private static final Map<String, String> NO_LABELS = Map.of();

    /** Each row: selector, matches RACK_A, matches a node without labels. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            ``                                                  ; true  ; true
            all()                                               ; true  ; true
            !all()                                              ; false ; false
            global()                                            ; true  ; true
            has(vlan)                                           ; true  ; false
            has(zone)                                           ; false ; false
            !has(zone)                                          ; true  ; true
            vlan == '10'                                        ; true  ; false
            vlan == "20"                                        ; false ; false
            bgp-peer == "true"                                  ; true  ; false
            vlan != '20'                                        ; true  ; true
            vlan != '10'                                        ; false ; true
            vlan in {'10', '20'}                                ; true  ; false
            vlan in {'20', '30'}                                ; false ; false
            vlan in {}                                          ; false ; false
            vlan not in {'20', '30'}                            ; true  ; true
            vlan notin {'10'}                                   ; false ; true
            vlan not in {}                                      ; true  ; true
            kubernetes.io/hostname contains 'worker'            ; true  ; false
            kubernetes.io/hostname contains 'control'           ; false ; false
            kubernetes.io/hostname starts with 'k01-'           ; true  ; false
            kubernetes.io/hostname starts with 'worker'         ; false ; false
            kubernetes.io/hostname ends with '-worker'          ; true  ; false
            kubernetes.io/hostname ends with 'k01'              ; false ; false
            vlan == '10' && rack == 'rack-a'                    ; true  ; false
            vlan == '10' && rack == 'rack-b'                    ; false ; false
            vlan == '20' || rack == 'rack-a'                    ; true  ; false
            vlan == '20' || rack == 'rack-b'                    ; false ; false
            !!has(vlan)                                         ; true  ; false
            !!!has(vlan)                                        ; false ; true
            !(vlan == '10' && rack == 'rack-b')                 ; true  ; true
            """)
    void evaluatesEveryOperatorWithCalicoSemantics(String selector, boolean onRackA, boolean onBareNode) {
        // given
        Selector parsed = Selector.parse(selector == null ? "" : selector);

        // when
        boolean a = parsed.matches(RACK_A);
        boolean bare = parsed.matches(NO_LABELS);

        // then
        assertThat(a).as("%s on labelled node", selector).isEqualTo(onRackA);
        assertThat(bare).as("%s on node without labels", selector).isEqualTo(onBareNode);
    }

    @Test
    void andBindsTighterThanOr() {
        // given: read as a || (b && c); the wrong grouping (a || b) && c would be false here
        Selector s = Selector.parse("has(vlan) || has(zone) && has(nothing)");

        // when
        boolean matched = s.matches(RACK_A);

        // then
        assertThat(matched).isTrue();
        assertThat(s).isInstanceOf(Selector.Or.class);
    }

    @Test
    void parenthesesOverridePrecedence() {
        // given
        Selector s = Selector.parse("(has(vlan) || has(zone)) && has(nothing)");

        // when
        boolean matched = s.matches(RACK_A);

        // then
        assertThat(matched).isFalse();
        assertThat(s).isInstanceOf(Selector.And.class);
    }

    @Test
    void negationBindsTighterThanAnd() {
        // given: (!has(zone)) && has(vlan), not !(has(zone) && has(vlan))
        Selector s = Selector.parse("!has(zone) && has(vlan)");

        // when
        boolean onBare = s.matches(NO_LABELS);

        // then
        assertThat(onBare).isFalse();
        assertThat(s).isEqualTo(new Selector.And(new Selector.Not(new Selector.Has("zone")), new Selector.Has("vlan")));
    }

    @Test
    void valuesCompareExactlyIncludingCase() {
        // given
        Selector s = Selector.parse("bgp-peer == 'True'");

        // when
        boolean matched = s.matches(RACK_A);

        // then
        assertThat(matched).isFalse();
    }

    @Test
    void emptyValueMatchesOnlyAnEmptyLabelValue() {
        // given
        Selector s = Selector.parse("role == ''");

        // when / then
        assertThat(s.matches(Map.of("role", ""))).isTrue();
        assertThat(s.matches(Map.of("role", "x"))).isFalse();
        assertThat(s.matches(NO_LABELS)).isFalse();
    }
}
