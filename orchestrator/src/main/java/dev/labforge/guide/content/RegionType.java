package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import java.util.List;

/**
 * One kind of generated region, named by the first word of its id. Rendering is a pure function of the
 * context, the id and the captured outputs; {@link #needs} says which outputs to capture first.
 */
public interface RegionType {

    /** The id's first word, e.g. {@code exec}, {@code bgppeer}, {@code diagram}. */
    String type();

    /** For `lab guide --help`: the id's form and what it shows, as {@code form|what}. */
    String usage();

    /** Throws IllegalArgumentException (a message saying what is valid) when the id does not fit this lab. */
    void validate(RegionId id, GuideContext ctx);

    default List<CaptureRequest> needs(RegionId id, GuideContext ctx) {
        return List.of();
    }

    /** The region's body: Markdown ending with a newline. */
    String render(RegionId id, GuideContext ctx, Captures captures);

    /** Whether the body shows captured output, which --check compares after normalising it. */
    default boolean captured() {
        return false;
    }
}
