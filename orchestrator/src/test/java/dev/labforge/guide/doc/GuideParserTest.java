package dev.labforge.guide.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideFormatException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideParserTest {

    private static List<String> problems(String text) {
        try {
            GuideParser.parse(text, "GUIDE.md");
        } catch (GuideFormatException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("no problem found in:\n" + text);
    }

    @Test
    void keepsEveryByteAndFindsRegionsWithTheirLines() {
        // given
        String text = "<!-- lab:guide:meta lab=labs/10-calico-bgp-ippool runtime=netns -->\r\n"
                + "# Title\n\nmy prose\n"
                + "<!-- lab:guide:begin exec ceos01 -- vtysh -c \"show ip bgp\" -->\n"
                + "old output\n"
                + "<!-- lab:guide:end exec ceos01 -- vtysh -c 'show ip bgp' -->\n"
                + "tail without newline";

        // when
        GuideDocument doc = GuideParser.parse(text, "GUIDE.md");

        // then
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.meta()).isEqualTo(new GuideMeta("labs/10-calico-bgp-ippool", "netns"));
        Region r = doc.regions().get(0);
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.body()).isEqualTo("old output\n");
        assertThat(r.id().execTarget()).isEqualTo("ceos01");
        assertThat(r.id().execArgv()).containsExactly("vtysh", "-c", "show ip bgp");
    }

    @Test
    void markersInsideCodeFencesAreText() {
        // given: an author shows how to add a region
        String text = "```markdown\n<!-- lab:guide:begin exec ceos01 -- vtysh -c 'show ip bgp' -->\n```\n";

        // when
        GuideDocument doc = GuideParser.parse(text, "GUIDE.md");

        // then
        assertThat(doc.regions()).isEmpty();
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void anUnclosedRegionIsReportedAtItsBegin() {
        assertThat(problems("intro\n<!-- lab:guide:begin topology -->\nbody\n")).containsExactly(
                "GUIDE.md:2: region `topology` is never closed (add <!-- lab:guide:end topology -->)");
    }

    @Test
    void anUnclosedFenceInsideARegionIsNamedAsTheLikelyCause() {
        assertThat(problems("<!-- lab:guide:begin topology -->\n```text\nx\n<!-- lab:guide:end topology -->\n")).singleElement()
                .asString().startsWith("GUIDE.md:1: region `topology` is never closed").contains("code fence opened at line 2");
    }

    @Test
    void aDuplicatedIdNamesBothLinesEvenWhenQuotedDifferently() {
        String text = "<!-- lab:guide:begin exec ceos01 -- vtysh -c 'show ip route' -->\n"
                + "<!-- lab:guide:end exec ceos01 -- vtysh -c 'show ip route' -->\n"
                + "<!-- lab:guide:begin exec ceos01 -- vtysh -c \"show ip route\" -->\n"
                + "<!-- lab:guide:end exec ceos01 -- vtysh -c \"show ip route\" -->\n";
        assertThat(problems(text)).containsExactly("GUIDE.md:3: region `exec ceos01 -- vtysh -c \"show ip route\"` is already at"
                + " line 1; each region id appears once (delete one, or make the command differ)");
    }

    @Test
    void nestedRegionsAreRefused() {
        String text = "<!-- lab:guide:begin topology -->\n<!-- lab:guide:begin blocks -->\n<!-- lab:guide:end blocks -->\n";
        assertThat(problems(text)).first().asString().isEqualTo("GUIDE.md:2: region `blocks` begins inside region `topology`"
                + " (begun at line 1); regions do not nest: end `topology` first");
    }

    @Test
    void anEndWithoutBeginAndAMismatchedEndAreBothReported() {
        String text = "<!-- lab:guide:end summary -->\n<!-- lab:guide:begin topology -->\n<!-- lab:guide:end blocks -->\n";
        assertThat(problems(text)).containsExactly(
                "GUIDE.md:1: end of region `summary` without its begin marker",
                "GUIDE.md:3: end of region `blocks`, but the open region is `topology` (begun at line 2)");
    }

    @Test
    void brokenMarkersAndIdsSayWhatIsValid() {
        String text = "<!-- lab:guide:bgin topology -->\n"
                + "<!-- lab:guide:begin exec ceos01 vtysh -->\n<!-- lab:guide:end exec ceos01 vtysh -->\n"
                + "<!-- lab:guide:meta color=red -->\n"
                + "text <!-- lab:guide:end x -->\n"
                + "<!-- lab:guide:begin exec ceos01 -- vtysh -c 'show -->\n";
        assertThat(problems(text)).containsExactly(
                "GUIDE.md:1: not a guide marker; markers are alone on their line: <!-- lab:guide:begin ID -->,"
                        + " <!-- lab:guide:end ID --> or <!-- lab:guide:meta lab=... runtime=... -->",
                "GUIDE.md:2: an exec region is `exec <target> -- <command> [args]` (e.g. exec ceos01 -- vtysh -c \"show ip bgp\"),"
                        + " not `exec ceos01 vtysh`",
                "GUIDE.md:3: an exec region is `exec <target> -- <command> [args]` (e.g. exec ceos01 -- vtysh -c \"show ip bgp\"),"
                        + " not `exec ceos01 vtysh`",
                "GUIDE.md:4: the meta marker takes lab=..., runtime=..., not `color=red`",
                "GUIDE.md:5: not a guide marker; markers are alone on their line: <!-- lab:guide:begin ID -->,"
                        + " <!-- lab:guide:end ID --> or <!-- lab:guide:meta lab=... runtime=... -->",
                "GUIDE.md:6: unclosed ' in `exec ceos01 -- vtysh -c 'show`",
                "GUIDE.md:6: region `exec ceos01 -- vtysh -c 'show` is never closed (add <!-- lab:guide:end exec ceos01 -- vtysh -c"
                        + " 'show -->)");
    }

    @Test
    void withBodiesReplacesOnlyRegionBodies() {
        // given
        String text = "a\n<!-- lab:guide:begin topology -->\nold\n<!-- lab:guide:end topology -->\nb\n";
        GuideDocument doc = GuideParser.parse(text, "GUIDE.md");

        // when
        String out = doc.withBodies(r -> "new\n").text();

        // then
        assertThat(out).isEqualTo("a\n<!-- lab:guide:begin topology -->\nnew\n<!-- lab:guide:end topology -->\nb\n");
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThatThrownBy(() -> GuideParser.parse("<!-- lab:guide:begin -->\n", "G.md"))
                .isInstanceOf(GuideFormatException.class).hasMessageContaining("G.md:1: a region needs an id");
    }
}
