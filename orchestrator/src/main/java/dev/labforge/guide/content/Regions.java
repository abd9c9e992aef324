package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import java.util.List;

/** Argument checks shared by the region types. */
final class Regions {
    private Regions() {
    }

    static void noArgs(RegionId id) {
        if (!id.args().isEmpty()) {
            throw new IllegalArgumentException("region `" + id.type() + "` takes no arguments, not `" + id + "`");
        }
    }

    /** The single argument, which must be one of {@code valid}. */
    static String oneOf(RegionId id, String what, List<String> valid) {
        if (id.args().size() != 1 || !valid.contains(id.args().get(0))) {
            throw new IllegalArgumentException("region `" + id.type() + " <" + what + ">` needs one " + what
                    + (valid.isEmpty() ? " (this lab has none)" : " of: " + String.join(", ", valid)) + "; not `" + id + "`");
        }
        return id.args().get(0);
    }

    /** The rendered file's text without labforge's "Rendered by" header line. */
    static String withoutHeader(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# Rendered by labforge") || line.startsWith("! Rendered by labforge")) {
                continue;
            }
            sb.append(line).append('\n');
        }
        String s = sb.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    static String require(GuideContext ctx, String path) {
        String text = ctx.files().read(path);
        if (text == null) {
            throw new IllegalArgumentException("the rendered folder has no " + path + " (re-render the lab: ./lab render "
                    + ctx.labPath() + ")");
        }
        return text;
    }
}
