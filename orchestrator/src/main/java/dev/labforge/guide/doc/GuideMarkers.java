package dev.labforge.guide.doc;

import java.util.regex.Pattern;

/** The marker comments of a guide: begin and end of a generated region, and the guide's meta settings. */
public final class GuideMarkers {
    public static final String PREFIX = "lab:guide:";
    public static final String BEGIN = PREFIX + "begin";
    public static final String END = PREFIX + "end";
    public static final String META = PREFIX + "meta";

    /** A marker alone on its line: {@code <!-- lab:guide:begin ID -->}. Group 1 the kind, group 2 the rest. */
    static final Pattern LINE = Pattern.compile("^\\s*<!--\\s*lab:guide:(begin|end|meta)(?:\\s+(.*?))?\\s*-->\\s*$");
    /** Anything that looks like it wants to be a marker. */
    static final String LOOKALIKE = "<!--";

    private GuideMarkers() {
    }

    public static String begin(RegionId id) {
        return "<!-- " + BEGIN + " " + id.text() + " -->";
    }

    public static String end(RegionId id) {
        return "<!-- " + END + " " + id.text() + " -->";
    }

    static boolean looksLikeMarker(String line) {
        int i = line.indexOf(LOOKALIKE);
        return i >= 0 && line.substring(i + LOOKALIKE.length()).stripLeading().startsWith(PREFIX);
    }
}
