package dev.labforge.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorSyntaxErrorTest {

    private static SelectorSyntaxException failure(String text) {
        return catchThrowableOfType(() -> Selector.parse(text), SelectorSyntaxException.class);
    }

    /** Each row: bad selector, 0-based column of the offending character, a fragment of the reason. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            vlan == 10                     ; 8  ; expected a quoted value after '==' but found 10 (values must be quoted: vlan == '10')
            vlan != ten                    ; 8  ; (values must be quoted: vlan != 'ten')
            host starts with k01           ; 17 ; expected a quoted value after 'starts with' but found k01
            vlan = '10'                    ; 5  ; but found '=' (use '==' to compare)
            vlan === '10'                  ; 7  ; expected a quoted value after '==' but found '='
            vlan ~= '10'                   ; 5  ; expected an operator (==, !=, in, not in, contains, starts with, ends with) after label 'vlan' but found '~'
            vlan equals '10'               ; 5  ; after label 'vlan' but found equals (unknown operator)
            vlan '10'                      ; 5  ; (an operator is missing
            vlan                           ; 4  ; after label 'vlan' but found end of selector
            vl@n == '10'                   ; 2  ; found '@' (label names may only contain letters, digits and _ . / -)
            has(vl@n)                      ; 6  ; expected ')' to close has(vl but found '@' (label names may only
            has('vlan')                    ; 4  ; (label names are not quoted: has(vlan))
            has()                          ; 4  ; expected a label name inside has(...) but found ')'
            has(vlan                       ; 8  ; expected ')' to close has(vlan but found end of selector
            (vlan == '10'                  ; 13 ; expected ')' to close the '(' at column 0 but found end of selector
            ((has(a)) && has(b)            ; 19 ; expected ')' to close the '(' at column 0
            has(a))                        ; 6  ; expected '&&', '||' or end of selector but found ')' (this ')' has no matching '(')
            all() foo                      ; 6  ; expected '&&', '||' or end of selector but found foo
            vlan == '10' extra             ; 13 ; expected '&&', '||' or end of selector but found extra
            vlan == '10' & rack == 'a'     ; 13 ; found '&' (use '&&')
            has(a) | has(b)                ; 7  ; found '|' (use '||')
            vlan == 'ten                   ; 8  ; unterminated value: the ' here has no closing '
            vlan == "ten'                  ; 8  ; unterminated value: the " here has no closing "
            vlan == '10' &&                ; 15 ; expected a selector term (label test, has(label), all(), '!' or '(') after '&&' but found end of selector
            || has(a)                      ; 0  ; expected a selector term
            has(a) || && has(b)            ; 10 ; after '||' but found '&&'
            !                              ; 1  ; after '!' but found end of selector
            ()                             ; 1  ; after '(' but found ')'
            all(x)                         ; 4  ; expected ')' after 'all(' but found x (all() takes no arguments)
            global(                        ; 7  ; expected ')' after 'global(' but found end of selector
            any()                          ; 0  ; unknown function 'any(': expected all(), global() or has(label)
            vlan in '10'                   ; 8  ; expected '{' after 'in' but found '10'
            vlan in {'10' '20'}            ; 14 ; expected ',' or '}' in the set opened at column 8 but found '20'
            vlan in {'10',}                ; 14 ; expected a quoted value in the set opened at column 8 but found '}'
            vlan in {10}                   ; 9  ; (values must be quoted: '10')
            vlan in {'10'                  ; 13 ; expected ',' or '}' in the set opened at column 8 but found end of selector
            vlan not {'10'}                ; 9  ; expected 'in' after 'not' but found '{'
            vlan starts 'x'                ; 12 ; expected 'with' after 'starts' but found 'x'
            vlan ends 'x'                  ; 10 ; expected 'with' after 'ends' but found 'x'
            == '10'                        ; 0  ; expected a selector term (label test, has(label), all(), '!' or '(') but found '=='
            """)
    void reportsWhereAndWhatWasExpected(String text, int column, String reasonFragment) {
        // when
        SelectorSyntaxException e = failure(text);

        // then
        assertThat(e).as("parse of %s", text).isNotNull();
        assertThat(e.column()).as("column for %s (%s)", text, e.reason()).isEqualTo(column);
        assertThat(e.reason()).contains(reasonFragment);
        assertThat(e.selector()).isEqualTo(text);
    }

    @Test
    void messageCarriesSelectorColumnAndReason() {
        // when
        SelectorSyntaxException e = failure("vlan == 10");

        // then
        assertThat(e.getMessage()).isEqualTo("invalid selector \"vlan == 10\" at column 8: expected a quoted value "
                + "after '==' but found 10 (values must be quoted: vlan == '10')");
    }

    @Test
    void labelLongerThan512CharactersIsRejectedAtItsStart() {
        // given
        String text = "has(a) && " + "b".repeat(513) + " == 'x'";

        // when
        SelectorSyntaxException e = failure(text);

        // then
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.reason()).isEqualTo("label name is 513 characters long; the maximum is 512");
    }

    @Test
    void labelLongerThan512CharactersIsRejectedInsideHas() {
        // when
        SelectorSyntaxException e = failure("has(" + "c".repeat(600) + ")");

        // then
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.reason()).contains("600 characters");
    }

    @Test
    void nonAsciiCharacterIsReportedWhole() {
        // when
        SelectorSyntaxException e = failure("zone == 'a' \uD83D\uDE00");

        // then
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.reason()).endsWith("but found '\uD83D\uDE00'");
    }

    @Test
    void nullSelectorIsAProgrammingError() {
        // when
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Selector.parse(null));

        // then
        assertThat(t).isInstanceOf(NullPointerException.class).isNotInstanceOf(SelectorSyntaxException.class);
    }
}
