package dev.labforge.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered file of every case equals its golden copy under src/test/resources/golden/&lt;case&gt;/. */
class GoldenRenderTest {

    static java.util.List<RenderCases.Case> cases() {
        return RenderCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendered_files_match_golden_copies(RenderCases.Case c) {
        // given / when
        var files = c.render();
        // then
        Golden.check(Golden.ROOT.resolve(c.name()), files);
    }
}
