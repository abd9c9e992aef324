package dev.labforge.guide.doc;

import java.util.List;

/**
 * A guide file that cannot be read as a guide: unclosed, nested or duplicated regions, a region id of
 * an unknown type, an unknown exec target. Every problem at once, each as {@code file:line: message}.
 * The CLI maps it to exit 2.
 */
public class GuideFormatException extends RuntimeException {
    private final transient List<Problem> problems;

    public record Problem(String file, int line, String message) {
        public String format() {
            return file + ":" + line + ": " + message;
        }
    }

    public GuideFormatException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(sb.length() == 0 ? "" : "\n").append(p.format());
        }
        return sb.toString();
    }
}
