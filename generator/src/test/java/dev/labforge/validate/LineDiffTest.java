package dev.labforge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void marksRemovedAndAddedLines() {
        // given
        String expected = "a\nb\nc\n";
        String actual = "a\nx\nc\n";

        // when
        String diff = LineDiff.diff("exp", expected, "act", actual);

        // then
        assertThat(diff).isEqualTo("--- exp\n+++ act\n  a\n- b\n+ x\n  c\n");
    }
}
