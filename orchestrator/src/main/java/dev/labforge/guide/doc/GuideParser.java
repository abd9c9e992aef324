package dev.labforge.guide.doc;

import dev.labforge.guide.doc.GuideDocument.Part;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideDocument.Text;
import dev.labforge.guide.doc.GuideFormatException.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guide's markers. Markers count only on their own line and outside fenced code blocks (a guide
 * may show a marker as an example). Every problem is collected, then thrown once as a
 * {@link GuideFormatException}: a region begun inside another, an end without a begin or with another id,
 * a region never closed, an id used twice, a marker that is not one of begin/end/meta.
 */
public final class GuideParser {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final Map<List<String>, Integer> seen = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private GuideMeta meta = GuideMeta.NONE;
    private OpenRegion open;
    private String fence;
    private int fenceLine;

    private record OpenRegion(RegionId id, String begin, int line, StringBuilder body) {
    }

    private GuideParser(String file) {
        this.file = file;
    }

    /** The document of {@code content}; {@code file} names it in problems. */
    public static GuideDocument parse(String content, String file) {
        return new GuideParser(file).run(content);
    }

    private GuideDocument run(String content) {
        int lineNo = 0;
        for (String line : linesWithEndings(content)) {
            lineNo++;
            accept(line, lineNo);
        }
        if (open != null) {
            String hint = fence != null ? "; the code fence opened at line " + fenceLine + " is not closed either, and"
                    + " hides everything after it" : "";
            problems.add(new Problem(file, open.line(), "region `" + open.id() + "` is never closed (add "
                    + GuideMarkers.end(open.id()) + ")" + hint));
        }
        if (!problems.isEmpty()) {
            throw new GuideFormatException(problems);
        }
        flushText();
        return new GuideDocument(parts, meta);
    }

    private void accept(String line, int lineNo) {
        String content = line.stripTrailing();
        if (fence != null) {
            if (content.strip().startsWith(fence) && content.strip().chars().allMatch(c -> c == fence.charAt(0))) {
                fence = null;
            }
            append(line);
            return;
        }
        Matcher f = FENCE.matcher(content);
        if (f.find()) {
            fence = f.group(1);
            fenceLine = lineNo;
            append(line);
            return;
        }
        if (!GuideMarkers.looksLikeMarker(content)) {
            append(line);
            return;
        }
        Matcher m = GuideMarkers.LINE.matcher(content);
        if (!m.matches()) {
            problems.add(new Problem(file, lineNo, "not a guide marker; markers are alone on their line: "
                    + "<!-- lab:guide:begin ID -->, <!-- lab:guide:end ID --> or <!-- lab:guide:meta lab=... runtime=... -->"));
            append(line);
            return;
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        switch (m.group(1)) {
            case "meta" -> meta(rest, line, lineNo);
            case "begin" -> begin(rest, line, lineNo);
            default -> end(rest, line, lineNo);
        }
    }

    private void meta(String rest, String line, int lineNo) {
        if (open != null) {
            problems.add(new Problem(file, lineNo, "the meta marker belongs outside regions (region `" + open.id()
                    + "` is open since line " + open.line() + ")"));
        }
        try {
            meta = GuideMeta.parse(rest);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, lineNo, e.getMessage()));
        }
        append(line);
    }

    private void begin(String rest, String line, int lineNo) {
        RegionId id = id(rest, lineNo);
        if (id == null) {
            id = new RegionId(rest.isBlank() ? "?" : rest.strip(), List.of(rest.isBlank() ? "?" : rest.strip()));
        }
        if (open != null) {
            problems.add(new Problem(file, lineNo, "region `" + id + "` begins inside region `" + open.id()
                    + "` (begun at line " + open.line() + "); regions do not nest: end `" + open.id() + "` first"));
            append(line);
            return;
        }
        Integer before = seen.putIfAbsent(id.words(), lineNo);
        if (before != null) {
            problems.add(new Problem(file, lineNo, "region `" + id + "` is already at line " + before
                    + "; each region id appears once (delete one, or make the command differ)"));
        }
        flushText();
        open = new OpenRegion(id, line, lineNo, new StringBuilder());
    }

    private void end(String rest, String line, int lineNo) {
        RegionId id = id(rest, lineNo);
        if (open == null) {
            problems.add(new Problem(file, lineNo, "end of region `" + (id == null ? rest.strip() : id)
                    + "` without its begin marker"));
            append(line);
            return;
        }
        if (id != null && !id.words().equals(open.id().words())) {
            problems.add(new Problem(file, lineNo, "end of region `" + id + "`, but the open region is `" + open.id()
                    + "` (begun at line " + open.line() + ")"));
        }
        parts.add(new Region(open.id(), open.begin(), open.body().toString(), line, open.line()));
        open = null;
    }

    private RegionId id(String rest, int lineNo) {
        try {
            return RegionId.parse(rest);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, lineNo, e.getMessage()));
            return null;
        }
    }

    private void append(String line) {
        if (open != null) {
            open.body().append(line);
        } else {
            text.append(line);
        }
    }

    private void flushText() {
        if (text.length() > 0) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    /** Lines with their own endings (\n, \r\n or none on the last line), so the file is kept byte for byte. */
    static List<String> linesWithEndings(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int nl = content.indexOf('\n', start);
            int end = nl < 0 ? content.length() : nl + 1;
            lines.add(content.substring(start, end));
            start = end;
        }
        return lines;
    }
}
