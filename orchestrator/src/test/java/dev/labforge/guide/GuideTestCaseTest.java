package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide as a testcase of `lab test`, against lab 10's real captures. */
class GuideTestCaseTest {
    @TempDir
    Path tmp;

    Lab model;
    Path rendered;
    Path guide;

    @BeforeEach
    void renderedLabAndItsGuide() throws IOException {
        model = Resolver.resolve(new SpecLoader().load(GuideFixtures.REPO.resolve("labs/10-calico-bgp-ippool")).spec());
        rendered = tmp.resolve("out");
        for (RenderedFile f : Renderer.render(model, TemplateCatalog.builtIn())) {
            Files.createDirectories(rendered.resolve(f.path()).getParent());
            Files.writeString(rendered.resolve(f.path()), f.content());
        }
        guide = Files.writeString(tmp.resolve("GUIDE.md"), Guides.write(GuidesTest.LAB10, Lab10Captures.lab10("run1")));
    }

    private CheckOutcome check(String run) {
        return GuideTestCase.check(tmp, guide, model, rendered, "netns", Lab10Captures.lab10(run));
    }

    @Test
    void aTrueGuidePassesAsOneTestcase() {
        // when
        CheckOutcome outcome = check("run2");

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(outcome.name()).isEqualTo("guide GUIDE.md");
        assertThat(outcome.observed()).matches("all \\d+ regions match");
    }

    @Test
    void aDriftedGuideFailsWithEachRegionAndItsDiff() throws IOException {
        // given
        Files.writeString(guide, Files.readString(guide).replace("ttl=63 time=", "ttl=62 time="));

        // when
        CheckOutcome outcome = check("run2");

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).startsWith("2 of ").contains(" regions drifted\n" + guide + ":",
                "region `exec ceos01 -- ping -c 3 192.168.42.193`", "-64 bytes from 192.168.42.193: icmp_seq=1 ttl=62");
    }

    @Test
    void aGuideForAnotherRuntimeIsSkippedAndAMissingOneFails() throws IOException {
        // given
        Files.writeString(guide, Files.readString(guide).replace("runtime=netns", "runtime=clab"));

        // when
        CheckOutcome other = check("run2");
        Files.delete(guide);
        CheckOutcome missing = check("run2");

        // then
        assertThat(other.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(other.observed()).isEqualTo("not checked: the guide is written for the clab runtime");
        assertThat(missing.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(missing.observed()).startsWith("no such file: ");
    }

    @Test
    void aMalformedGuideFailsWithItsProblems() throws IOException {
        // given
        Files.writeString(guide, "<!-- lab:guide:begin summary -->\n");

        // when
        CheckOutcome outcome = check("run1");

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).isEqualTo("malformed guide:\n" + guide + ":1: region `summary` is never closed"
                + " (add <!-- lab:guide:end summary -->)");
    }
}
