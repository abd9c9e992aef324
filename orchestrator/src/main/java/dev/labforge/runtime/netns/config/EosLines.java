package dev.labforge.runtime.netns.config;

import java.util.ArrayList;
import java.util.List;

/**
 * An EOS config as a cursor over its significant lines (blank lines and {@code !} comments dropped), each
 * with its number and indentation; a section is the lines indented under its head. Errors name the line.
 */
final class EosLines {

    /** One config line: 1-based number, leading spaces, the text without them. */
    record Line(int number, int indent, String text) {
        String[] words() {
            return text.split("\\s+");
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private int pos;

    EosLines(String config) {
        String[] raw = config.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].stripTrailing();
            String text = l.strip();
            if (text.isEmpty() || text.startsWith("!")) {
                continue;
            }
            int indent = 0;
            while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                indent++;
            }
            lines.add(new Line(i + 1, indent, text));
        }
    }

    boolean hasNext() {
        return pos < lines.size();
    }

    Line next() {
        return lines.get(pos++);
    }

    /** The lines indented under {@code head}; consumes them. */
    List<Line> body(Line head) {
        List<Line> out = new ArrayList<>();
        while (pos < lines.size() && lines.get(pos).indent() > head.indent()) {
            out.add(lines.get(pos++));
        }
        return out;
    }

    static NetnsConfigException unsupported(Line l) {
        return new NetnsConfigException("EOS config line " + l.number() + ": `" + l.text()
                + "` is not emulated by the netns runtime (EOS-to-FRR translation knows only the subset labforge renders);"
                + " remove it or use --runtime clab");
    }

    static NetnsConfigException error(Line l, String what) {
        return new NetnsConfigException("EOS config line " + l.number() + ": `" + l.text() + "`: " + what);
    }
}
