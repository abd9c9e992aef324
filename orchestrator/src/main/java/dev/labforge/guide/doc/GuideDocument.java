package dev.labforge.guide.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A guide file as a sequence of parts: the author's text, kept byte for byte, and generated regions,
 * each its begin marker line, its body and its end marker line. {@link #text()} gives the file back
 * exactly as it was read (or with the bodies that {@link #withBodies} put in). {@code meta} is what the
 * guide's meta marker says (which lab path and runtime its commands are written for).
 */
public record GuideDocument(List<Part> parts, GuideMeta meta) {

    public GuideDocument {
        parts = List.copyOf(parts);
        meta = meta == null ? GuideMeta.NONE : meta;
    }

    public sealed interface Part permits Text, Region {
        String text();
    }

    /** Text outside regions, with its line endings. */
    public record Text(String text) implements Part {
    }

    /**
     * A generated region. {@code begin}/{@code end} are the marker lines with their line endings;
     * {@code body} is everything between them; {@code line} is the begin marker's line number (1-based).
     */
    public record Region(RegionId id, String begin, String body, String end, int line) implements Part {
        @Override
        public String text() {
            return begin + body + end;
        }

        /** The line number of the body's first line. */
        public int bodyLine() {
            return line + 1;
        }

        public Region withBody(String newBody) {
            return new Region(id, begin, newBody, end, line);
        }
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    public List<Region> regions() {
        return parts.stream().filter(Region.class::isInstance).map(Region.class::cast).toList();
    }

    /** The same document with each region's body replaced by {@code bodies.body(region)}; text untouched. */
    public GuideDocument withBodies(java.util.function.Function<Region, String> bodies) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(p instanceof Region r ? r.withBody(bodies.apply(r)) : p);
        }
        return new GuideDocument(out, meta);
    }
}
