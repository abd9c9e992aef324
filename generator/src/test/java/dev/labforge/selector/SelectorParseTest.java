package dev.labforge.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelectorParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptySelectorIsAll(String text) {
        // when
        Selector s = Selector.parse(text);

        // then
        assertThat(s).isEqualTo(new Selector.All());
        assertThat(s.canonical()).isEqualTo("all()");
    }

    @Test
    void labSelectorsParseToTheExpectedTree() {
        // when / then
        assertThat(Selector.parse("all()")).isEqualTo(new Selector.All());
        assertThat(Selector.parse("!all()")).isEqualTo(new Selector.Not(new Selector.All()));
        assertThat(Selector.parse("vlan == '10'")).isEqualTo(new Selector.Equals("vlan", "10"));
        assertThat(Selector.parse("bgp-peer == \"true\"")).isEqualTo(new Selector.Equals("bgp-peer", "true"));
    }

    @Test
    void everyOperatorBuildsItsNode() {
        // when / then
        assertThat(Selector.parse("global()")).isEqualTo(new Selector.Global());
        assertThat(Selector.parse("has(node.kubernetes.io/role)")).isEqualTo(new Selector.Has("node.kubernetes.io/role"));
        assertThat(Selector.parse("a != 'x'")).isEqualTo(new Selector.NotEquals("a", "x"));
        assertThat(Selector.parse("a in {'x','y'}")).isEqualTo(new Selector.In("a", List.of("x", "y")));
        assertThat(Selector.parse("a not in {'x'}")).isEqualTo(new Selector.NotIn("a", List.of("x")));
        assertThat(Selector.parse("a notin {'x'}")).isEqualTo(new Selector.NotIn("a", List.of("x")));
        assertThat(Selector.parse("a contains 'x'")).isEqualTo(new Selector.Contains("a", "x"));
        assertThat(Selector.parse("a starts with 'x'")).isEqualTo(new Selector.StartsWith("a", "x"));
        assertThat(Selector.parse("a ends with 'x'")).isEqualTo(new Selector.EndsWith("a", "x"));
    }

    @Test
    void andAndOrAreLeftAssociative() {
        // when
        Selector s = Selector.parse("has(a) || has(b) || has(c)");

        // then
        assertThat(s).isEqualTo(new Selector.Or(
                new Selector.Or(new Selector.Has("a"), new Selector.Has("b")), new Selector.Has("c")));
    }

    @Test
    void keywordsAreOrdinaryLabelsWhenNotFollowedByParenthesis() {
        // when / then
        assertThat(Selector.parse("all == 'x'")).isEqualTo(new Selector.Equals("all", "x"));
        assertThat(Selector.parse("in in {'x'}")).isEqualTo(new Selector.In("in", List.of("x")));
        assertThat(Selector.parse("has(has)")).isEqualTo(new Selector.Has("has"));
    }

    @Test
    void quotesMayHoldTheOtherQuoteAndOperatorCharacters() {
        // when / then
        assertThat(Selector.parse("a == \"it's\"")).isEqualTo(new Selector.Equals("a", "it's"));
        assertThat(Selector.parse("a == '\"x\" && y)'")).isEqualTo(new Selector.Equals("a", "\"x\" && y)"));
    }

    @Test
    void labelOf512CharactersIsAccepted() {
        // given
        String label = "a".repeat(512);

        // when
        Selector s = Selector.parse("has(" + label + ")");

        // then
        assertThat(s).isEqualTo(new Selector.Has(label));
    }

    @Test
    void setValuesAreSortedAndDeduplicated() {
        // when
        Selector s = Selector.parse("a in {'z', 'b', 'z'}");

        // then
        assertThat(((Selector.In) s).values()).containsExactly("b", "z");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            all()                                   ; all()
            !all()                                  ; !all()
            vlan=='10'                              ; vlan == "10"
            bgp-peer == "true"                      ; bgp-peer == "true"
            a == "it's"                             ; a == "it's"
            a == '"q"'                              ; a == '"q"'
            a notin{'y','x'}                        ; a not in {"x", "y"}
            a in {}                                 ; a in {}
            a   starts   with 'x'                   ; a starts with "x"
            ! ! has( a )                            ; !!has(a)
            ((has(a)))                              ; has(a)
            has(a) && (has(b) || has(c))            ; has(a) && (has(b) || has(c))
            (has(a) && has(b)) || has(c)            ; has(a) && has(b) || has(c)
            !(has(a) || has(b))                     ; !(has(a) || has(b))
            !(has(a))                               ; !has(a)
            has(a) || (has(b) || has(c))            ; has(a) || has(b) || has(c)
            all ( )                                 ; all()
            """)
    void canonicalNormalizesSpacingQuotesAndParentheses(String text, String expected) {
        // when
        Selector s = Selector.parse(text);

        // then
        assertThat(s.canonical()).isEqualTo(expected);
        assertThat(s.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "has(a) && (has(b) || !has(c)) || a not in {'1','2'} && b ends with \"x\"",
        "!(a == 'x' || b != 'y') && global()",
        "k contains 'it\"s' || !!all()",
    })
    void canonicalParsesBackToAnEquivalentSelector(String text) {
        // given
        Selector first = Selector.parse(text);

        // when
        Selector again = Selector.parse(first.canonical());

        // then
        assertThat(again.canonical()).isEqualTo(first.canonical());
    }

    @Test
    void isValidReportsWithoutThrowing() {
        // when / then
        assertThat(Selector.isValid("vlan == '10'")).isTrue();
        assertThat(Selector.isValid("")).isTrue();
        assertThat(Selector.isValid("vlan == 10")).isFalse();
    }
}
