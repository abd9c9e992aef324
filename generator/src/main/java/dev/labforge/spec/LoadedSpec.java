package dev.labforge.spec;

import dev.labforge.diag.SourceMark;
import java.nio.file.Path;
import java.util.Map;

/**
 * A spec with where it came from: the file, and the source mark of every value by its dotted path
 * ({@code cluster.nodes[1].ip}, {@code tor.vlans.10.subnet} with VLANs by id, map keys as
 * {@code cluster.nodes[1].labels.bgp-peer}). Scalars are marked at the value, maps and lists at their key.
 */
public record LoadedSpec(Path file, LabSpec spec, Map<String, SourceMark> marks) {

    /** The mark of the path, or of its nearest ancestor that has one, or null. */
    public SourceMark markOf(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            SourceMark m = marks.get(p);
            if (m != null) {
                return m;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : null;
        }
        return marks.get("");
    }

    /**
     * The position of the character at {@code offset} (0-based) inside the string value at {@code path},
     * e.g. where a selector stops parsing. Exact for one-line values, quotes and escapes included
     * (the loader records {@code <path>@<offset>} marks for selectors); otherwise (a value folded over
     * several lines, or a block scalar) the value's own mark: shifting it would point past the line.
     */
    public SourceMark markInside(String path, int offset) {
        SourceMark exact = marks.get(path + "@" + offset);
        if (exact != null) {
            return exact;
        }
        SourceMark m = markOf(path);
        return m;
    }

    /** The folder that holds lab.yaml (where templates/ and startup-configs/ overrides live). */
    public Path labDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
