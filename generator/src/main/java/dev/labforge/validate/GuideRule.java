package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import java.util.List;

/**
 * {@code guide}: where the lab's student guide lives (`lab guide` writes it there, `lab test` checks it).
 * It must stay inside the lab folder, so a lab copied elsewhere keeps its guide, and be a Markdown file.
 */
final class GuideRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        String guide = ctx.spec().guide();
        if (guide == null) {
            return;
        }
        List<String> parts = List.of(guide.split("/", -1));
        String why = guide.isBlank() ? "is empty"
                : guide.startsWith("/") || guide.startsWith("~") || guide.contains("\\") || guide.contains(":")
                        ? "is not a relative path with / separators"
                : parts.contains("..") || parts.contains("") ? "leaves the lab folder or has an empty part"
                : !guide.endsWith(".md") ? "is not a Markdown file (.md)" : null;
        if (why != null) {
            out.error("E-GUIDE", "guide", ctx.at("guide"), "guide path '" + guide + "' " + why,
                    "name a Markdown file inside the lab folder, e.g. guide: GUIDE.md or guide: docs/student-guide.md;"
                            + " leave guide out to use GUIDE.md");
        }
    }
}
