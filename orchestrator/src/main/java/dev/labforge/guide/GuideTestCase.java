package dev.labforge.guide;

import dev.labforge.guide.content.RenderedFolder;
import dev.labforge.guide.doc.GuideFormatException;
import dev.labforge.guide.doc.GuideMeta;
import dev.labforge.guide.doc.GuideParser;
import dev.labforge.model.Lab;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * `lab guide --check` as one testcase of `lab test`: the lab's guide against the lab that test brought up.
 * Passed when every region matches; failed with each drifted region's diff (or the guide's format problems,
 * or a missing file the spec names); skipped when the guide is written for another runtime.
 */
public final class GuideTestCase {
    public static final String TYPE = "guide";

    private GuideTestCase() {
    }

    public static CheckOutcome check(Path labDir, Path guide, Lab model, Path renderedDir, String runtime, LabAccess lab) {
        long start = System.nanoTime();
        String name = "guide " + labDir.relativize(guide).toString().replace('\\', '/');
        String expected = "every region matches the lab";
        if (!Files.isRegularFile(guide)) {
            return outcome(name, expected, "no such file: " + guide + " (the spec's guide path)", Verdict.FAILED, start);
        }
        try {
            String text = Files.readString(guide);
            GuideMeta meta = GuideParser.parse(text, guide.toString()).meta();
            if (meta.runtime() != null && !meta.runtime().equals(runtime)) {
                return outcome(name, expected, "not checked: the guide is written for the " + meta.runtime() + " runtime",
                        Verdict.SKIPPED, start);
            }
            String display = meta.lab() != null ? meta.lab() : labDir.toString();
            GuideCheck.Result result = Guides.check(text, guide.toString(),
                    Guides.context(model, RenderedPlan.read(renderedDir), RenderedFolder.of(renderedDir), runtime, display), lab);
            if (result.ok()) {
                return outcome(name, expected, "all " + result.regions() + " regions match", Verdict.PASSED, start);
            }
            StringBuilder sb = new StringBuilder(result.drifts().size() + " of " + result.regions() + " regions drifted");
            for (GuideCheck.Drift d : result.drifts()) {
                sb.append("\n").append(d.where()).append(" region `").append(d.region().id()).append("`\n").append(d.diff());
            }
            return outcome(name, expected, sb.toString(), Verdict.FAILED, start);
        } catch (GuideFormatException e) {
            return outcome(name, expected, "malformed guide:\n" + e.getMessage(), Verdict.FAILED, start);
        } catch (IOException e) {
            return outcome(name, expected, "cannot read " + guide + ": " + e.getMessage(), Verdict.FAILED, start);
        }
    }

    private static CheckOutcome outcome(String name, String expected, String observed, Verdict verdict, long start) {
        return new CheckOutcome(name, expected, observed, verdict, Duration.ofNanos(System.nanoTime() - start));
    }
}
