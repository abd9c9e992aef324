package dev.labforge.guide.content;

import dev.labforge.guide.doc.GuideDocument;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideFormatException;
import dev.labforge.guide.doc.GuideFormatException.Problem;
import dev.labforge.guide.doc.RegionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Region bodies as a pure function of (context, region id, captured outputs). A body is its content with a
 * blank line either side, so Markdown never runs a marker into a paragraph or a table.
 */
public final class GuideRenderer {
    private GuideRenderer() {
    }

    /** Every region id checked against the lab; all problems at once, each at its begin marker's line. */
    public static void validate(GuideDocument doc, GuideContext ctx, String file) {
        List<Problem> problems = new ArrayList<>();
        for (Region r : doc.regions()) {
            try {
                RegionTypes.of(r.id()).validate(r.id(), ctx);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, r.line(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new GuideFormatException(problems);
        }
    }

    /** What to capture from the running lab before the document's regions can be rendered. */
    public static List<CaptureRequest> needs(GuideDocument doc, GuideContext ctx) {
        Set<CaptureRequest> out = new LinkedHashSet<>();
        for (Region r : doc.regions()) {
            out.addAll(RegionTypes.of(r.id()).needs(r.id(), ctx));
        }
        return List.copyOf(out);
    }

    public static String body(RegionId id, GuideContext ctx, Captures captures) {
        return "\n" + RegionTypes.of(id).render(id, ctx, captures) + "\n";
    }

    /** The document with every region's body generated afresh; the author's text is kept byte for byte. */
    public static GuideDocument render(GuideDocument doc, GuideContext ctx, Captures captures) {
        return doc.withBodies(r -> body(r.id(), ctx, captures));
    }

    /** Whether --check compares this region after normalising (it shows captured output). */
    public static boolean captured(RegionId id) {
        return RegionTypes.of(id).captured();
    }
}
