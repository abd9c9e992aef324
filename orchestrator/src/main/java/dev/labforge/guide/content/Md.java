package dev.labforge.guide.content;

import java.util.List;

/** Markdown building blocks for region bodies: code blocks, tables, inline code. */
final class Md {
    private Md() {
    }

    /** A fenced block; the fence is longer than any run of backticks inside, so captured output cannot close it. */
    static String code(String lang, String content) {
        int longest = 0;
        int run = 0;
        for (char c : content.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String body = content.endsWith("\n") || content.isEmpty() ? content : content + "\n";
        return fence + lang + "\n" + body + fence + "\n";
    }

    /** Inline code; a value with a backtick gets a double-backtick span. */
    static String c(Object value) {
        String s = String.valueOf(value);
        return s.contains("`") ? "`` " + s + " ``" : "`" + s + "`";
    }

    /** A table: a header row and rows of cells (pipes escaped). */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        row(sb, header);
        sb.append('|');
        header.forEach(h -> sb.append("---|"));
        sb.append('\n');
        rows.forEach(r -> row(sb, r));
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String cell : cells) {
            sb.append(' ').append(cell == null ? "" : cell.replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }

    /** "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("x") || noun.endsWith("ss") ? "es" : "s");
    }
}
