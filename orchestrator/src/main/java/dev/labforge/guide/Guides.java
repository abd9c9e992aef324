package dev.labforge.guide;

import dev.labforge.guide.content.Captures;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.GuideOutline;
import dev.labforge.guide.content.GuideRenderer;
import dev.labforge.guide.content.RenderedFolder;
import dev.labforge.guide.content.StudentViews;
import dev.labforge.guide.content.TorCommandSets;
import dev.labforge.guide.content.TorCommands;
import dev.labforge.guide.doc.GuideDocument;
import dev.labforge.guide.doc.GuideParser;
import dev.labforge.guide.normalize.OutputNormalizer;
import dev.labforge.model.Lab;
import dev.labforge.rendered.RenderedPlan;

/**
 * `lab guide` as three functions of a guide's text, the lab's context and the running lab: write a new
 * guide, update the generated regions of one, check one. Each parses (exit 2 on malformed markers),
 * validates every region id against the lab (exit 2 on an unknown type or target), captures what the
 * regions need, then renders; only {@link GuideCapture} touches the lab.
 */
public final class Guides {
    private Guides() {
    }

    /** The context of a lab on a runtime, from its model and the rendered folder it runs from. */
    public static GuideContext context(Lab model, RenderedPlan plan, RenderedFolder files, String runtime, String labPath) {
        TorCommands tor = model.tor().map(t -> TorCommandSets.of(runtime, t.platform())).orElse(TorCommandSets.NONE);
        return new GuideContext(model, plan, files, StudentViews.of(runtime), tor, labPath);
    }

    /** A new guide: the outline for this lab with every region generated from the running lab. */
    public static String write(GuideContext ctx, LabAccess lab) {
        return update(GuideOutline.markdown(ctx), "(new guide)", ctx, lab);
    }

    /**
     * The guide with its regions regenerated; everything outside them is kept byte for byte. A region whose
     * fresh body says the same as the old one (uptimes and the like aside) keeps its old body, so updating a
     * guide that is still true changes nothing and its diff shows only what really changed.
     */
    public static String update(String text, String file, GuideContext ctx, LabAccess lab) {
        GuideDocument doc = read(text, file, ctx);
        Captures captures = GuideCapture.run(GuideRenderer.needs(doc, ctx), lab);
        OutputNormalizer normalizer = normalizer(ctx);
        return doc.withBodies(r -> {
            String fresh = GuideRenderer.body(r.id(), ctx, captures);
            return GuideCheck.same(r.id(), r.body(), fresh, GuideRenderer.captured(r.id()), normalizer) ? r.body() : fresh;
        }).text();
    }

    /** What --check and --update ignore for this lab: the general rules and the lab's own (next hops the plan allows). */
    static OutputNormalizer normalizer(GuideContext ctx) {
        return OutputNormalizer.DEFAULT.withFirst(LabNormalizeRules.of(ctx));
    }

    /** Each region compared with what it would be now. */
    public static GuideCheck.Result check(String text, String file, GuideContext ctx, LabAccess lab) {
        GuideDocument doc = read(text, file, ctx);
        Captures captures = GuideCapture.run(GuideRenderer.needs(doc, ctx), lab);
        return GuideCheck.check(doc, ctx, captures, file, normalizer(ctx));
    }

    /** Parsed and validated against the lab; a {@link dev.labforge.guide.doc.GuideFormatException} lists every problem. */
    public static GuideDocument read(String text, String file, GuideContext ctx) {
        GuideDocument doc = GuideParser.parse(text, file);
        GuideRenderer.validate(doc, ctx, file);
        return doc;
    }
}
