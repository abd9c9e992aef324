package dev.labforge.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trees built in code (e.g. by the resolver) obey the same rules as parsed ones, so they always print. */
class SelectorTreeTest {

    @Test
    void handBuiltTreePrintsAndParsesBack() {
        // given
        Selector tree = new Selector.Or(
                new Selector.And(new Selector.Equals("vlan", "10"), new Selector.Not(new Selector.Has("zone"))),
                new Selector.NotIn("rack", List.of("b", "a")));

        // when
        String text = tree.canonical();

        // then
        assertThat(text).isEqualTo("vlan == \"10\" && !has(zone) || rack not in {\"a\", \"b\"}");
        assertThat(Selector.parse(text)).isEqualTo(tree);
    }

    @Test
    void rejectsLabelWithCharactersTheParserWouldNotAccept() {
        // when
        Throwable t = catchThrowable(() -> new Selector.Equals("vl@n", "10"));

        // then
        assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'vl@n' is not a selector label name");
    }

    @Test
    void rejectsEmptyAndOverlongLabels() {
        // when
        Throwable empty = catchThrowable(() -> new Selector.Has(""));
        Throwable overlong = catchThrowable(() -> new Selector.Has("x".repeat(513)));

        // then
        assertThat(empty).isInstanceOf(IllegalArgumentException.class);
        assertThat(overlong).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsValueThatCannotBeQuoted() {
        // when
        Throwable t = catchThrowable(() -> new Selector.In("a", List.of("ok", "it's \"x\"")));

        // then
        assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be quoted");
    }
}
