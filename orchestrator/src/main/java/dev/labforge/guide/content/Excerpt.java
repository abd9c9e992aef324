package dev.labforge.guide.content;

/** Pieces of rendered files: a YAML key with everything nested under it, a router config section. */
final class Excerpt {
    private Excerpt() {
    }

    /** The first line whose key is {@code key}, and the lines indented deeper below it (or null). */
    static String yamlBlock(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.strip().equals(key + ":")) {
                int indent = indent(l);
                StringBuilder sb = new StringBuilder(l).append('\n');
                for (int j = i + 1; j < lines.length; j++) {
                    String n = lines[j];
                    if (!n.isBlank() && indent(n) <= indent) {
                        break;
                    }
                    if (!n.isBlank()) {
                        sb.append(n).append('\n');
                    }
                }
                return sb.toString();
            }
        }
        return null;
    }

    /**
     * A top-level section of a router config: the line starting with {@code head} and the indented lines
     * after it (cEOS and FRR both indent a section's body), plus FRR's closing {@code exit}. Null when absent.
     */
    static String configSection(String text, String head) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(head)) {
                StringBuilder sb = new StringBuilder(lines[i]).append('\n');
                int j = i + 1;
                for (; j < lines.length && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) {
                    sb.append(lines[j]).append('\n');
                }
                if (j < lines.length && lines[j].equals("exit")) {
                    sb.append("exit\n");
                }
                return sb.toString();
            }
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
