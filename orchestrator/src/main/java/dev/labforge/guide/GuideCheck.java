package dev.labforge.guide;

import dev.labforge.guide.content.Captures;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.GuideRenderer;
import dev.labforge.guide.doc.GuideDocument;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.guide.normalize.NormalizeRules;
import dev.labforge.guide.normalize.OutputNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares every region of a guide with what it would be now. Regions with captured output compare after
 * {@link OutputNormalizer} (uptimes, counters, MACs ... do not count); the others exactly, up to trailing
 * blanks. Pure: the fresh captures come in.
 */
public final class GuideCheck {
    private GuideCheck() {
    }

    /** A region that no longer matches the lab: where it is, and a unified diff (guide → lab now). */
    public record Drift(Region region, String file, String diff) {
        public String where() {
            return file + ":" + region.line();
        }
    }

    public record Result(int regions, List<Drift> drifts) {
        public boolean ok() {
            return drifts.isEmpty();
        }
    }

    public static Result check(GuideDocument doc, GuideContext ctx, Captures captures, String file, OutputNormalizer normalizer) {
        List<Drift> drifts = new ArrayList<>();
        for (Region r : doc.regions()) {
            String fresh = GuideRenderer.body(r.id(), ctx, captures);
            boolean captured = GuideRenderer.captured(r.id());
            if (captured && unordered(r.id()) && normalizer.sortedLines(r.body()).equals(normalizer.sortedLines(fresh))) {
                continue; // the same entries in another order
            }
            List<String> oldLines = r.body().lines().toList();
            List<String> newLines = fresh.lines().toList();
            String diff = UnifiedDiff.diff(file + ":" + r.bodyLine() + " (the guide)", r.id() + " (the lab now)",
                    oldLines, keys(oldLines, captured, normalizer), newLines, keys(newLines, captured, normalizer), r.bodyLine());
            if (!diff.isEmpty()) {
                drifts.add(new Drift(r, file, diff));
            }
        }
        return new Result(doc.regions().size(), drifts);
    }

    /** Whether a region's body in the guide says the same as a fresh one (after normalising, for captured output). */
    static boolean same(RegionId id, String old, String fresh, boolean captured, OutputNormalizer normalizer) {
        if (captured && unordered(id)) {
            return normalizer.sortedLines(old).equals(normalizer.sortedLines(fresh));
        }
        return keys(old.lines().toList(), captured, normalizer).equals(keys(fresh.lines().toList(), captured, normalizer));
    }

    /** A command whose output lines come in no meaningful order (the kernel's neighbour or forwarding table). */
    private static boolean unordered(RegionId id) {
        return id.isExec() && NormalizeRules.unordered(id.execArgv());
    }

    private static List<String> keys(List<String> lines, boolean captured, OutputNormalizer normalizer) {
        return lines.stream().map(l -> captured ? normalizer.line(l) : l.stripTrailing()).toList();
    }
}
