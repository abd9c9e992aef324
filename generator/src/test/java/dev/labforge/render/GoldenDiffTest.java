package dev.labforge.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldenDiffTest {

    @Test
    void unified_diff_shows_changed_line_with_context() {
        // given
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nX\nf\ng\nh\n";
        // when
        String diff = Golden.Diff.unified("old", "new", before, after);
        // then
        assertThat(diff).isEqualTo("""
                --- old
                +++ new
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +X
                 f
                 g
                 h
                """);
    }

    @Test
    void unified_diff_shows_added_lines_at_the_end() {
        // given / when
        String diff = Golden.Diff.unified("old", "new", "a\n", "a\nb\n");
        // then
        assertThat(diff).contains("+b").doesNotContain("-a");
    }
}
