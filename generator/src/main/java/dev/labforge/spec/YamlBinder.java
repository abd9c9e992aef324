package dev.labforge.spec;

import dev.labforge.diag.Diagnostics;
import dev.labforge.diag.SourceMark;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads composed YAML nodes into plain values while recording the source mark of every value under
 * its dotted path and reporting type, key and character problems to {@link Diagnostics}.
 * A value with a problem reads as null, so binding always finishes and all problems are reported.
 */
final class YamlBinder {
    private final String file;
    private final String source;
    private final Diagnostics out;
    private final Map<String, SourceMark> marks = new HashMap<>();

    YamlBinder(String file, String source, Diagnostics out) {
        this.file = file;
        this.source = source;
        this.out = out;
    }

    Map<String, SourceMark> marks() {
        return marks;
    }

    Diagnostics out() {
        return out;
    }

    SourceMark mark(Optional<Mark> m) {
        return m.map(x -> new SourceMark(file, x.getLine() + 1, x.getColumn() + 1)).orElse(new SourceMark(file, 1, 1));
    }

    SourceMark mark(Node n) {
        return mark(n.getStartMark());
    }

    void record(String path, Node n) {
        marks.put(path, mark(n));
    }

    void record(String path, SourceMark m) {
        marks.put(path, m);
    }

    /**
     * Records {@code <path>@<i>} for every character offset i of a one-line scalar (and its end), at the
     * column of that character in the file: after the opening quote, and across escapes such as \" or ''.
     */
    void recordInside(String path, ScalarNode s) {
        Mark start = s.getStartMark().orElse(null);
        Mark end = s.getEndMark().orElse(null);
        if (source == null || start == null || end == null || start.getLine() != end.getLine()) {
            return;
        }
        String value = s.getValue();
        int from;
        try {
            from = source.offsetByCodePoints(0, start.getIndex());
        } catch (IndexOutOfBoundsException e) {
            return;
        }
        ScalarStyle style = s.getScalarStyle();
        boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
        if (!quoted && style != ScalarStyle.PLAIN) {
            return;
        }
        int pos = from + (quoted ? 1 : 0);
        int column = start.getColumn() + 1 + (quoted ? 1 : 0);
        int line = start.getLine() + 1;
        Map<String, SourceMark> inside = new HashMap<>();
        for (int i = 0; i < value.length(); i++) {
            if (pos >= source.length()) {
                return;
            }
            inside.put(path + "@" + i, new SourceMark(file, line, column));
            int width = 1;
            char c = source.charAt(pos);
            if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\' && pos + 1 < source.length()) {
                char e = source.charAt(pos + 1);
                width = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
            } else if (style == ScalarStyle.SINGLE_QUOTED && c == '\'') {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                // one code point, two chars in both the value and the source, one column (the YAML parser counts code points)
                inside.put(path + "@" + (i + 1), new SourceMark(file, line, column));
                i++;
                pos += 2;
                column += 1;
                continue;
            }
            pos += width;
            column += width;
        }
        inside.put(path + "@" + value.length(), new SourceMark(file, line, column));
        marks.putAll(inside);
    }

    /**
     * The map's own entries followed by those that {@code <<: *anchor} (or {@code <<: [*a, *b]}) merges in
     * and the map does not set itself; earlier merged maps win, as in YAML 1.1's merge key.
     */
    private List<NodeTuple> withMerges(MappingNode node, String path, int depth) {
        List<NodeTuple> own = new ArrayList<>();
        List<Node> merged = new ArrayList<>();
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<") && k.getScalarStyle() == ScalarStyle.PLAIN) {
                Node v = t.getValueNode();
                if (v instanceof SequenceNode seq) {
                    merged.addAll(seq.getValue());
                } else {
                    merged.add(v);
                }
            } else {
                own.add(t);
            }
        }
        if (merged.isEmpty()) {
            return own;
        }
        List<NodeTuple> result = new ArrayList<>(own);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : own) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                seen.add(k.getValue());
            }
        }
        for (Node m : merged) {
            if (!(m instanceof MappingNode mm) || depth > 20) {
                out.error("E-TYPE", child(path, "<<"), mark(m), "a merge key '<<' needs a map (e.g. <<: *defaults), got "
                        + describe(m), "anchor a map with &name and merge it with <<: *name");
                continue;
            }
            for (NodeTuple t : withMerges(mm, path, depth + 1)) {
                if (t.getKeyNode() instanceof ScalarNode k && seen.add(k.getValue())) {
                    result.add(t);
                }
            }
        }
        return result;
    }

    /** A YAML mapping with a fixed set of valid keys; unknown and duplicate keys are reported on creation. */
    final class Obj {
        final String path;
        final Node node;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Obj(String path, MappingNode node, List<String> validKeys) {
            this.path = path;
            this.node = node;
            for (NodeTuple t : withMerges(node, path, 0)) {
                String key = keyText(t.getKeyNode(), path);
                if (key == null) {
                    continue;
                }
                String keyPath = child(path, key);
                if (entries.containsKey(key)) {
                    duplicateKey(keyPath, key, t.getKeyNode(), entries.get(key).getKeyNode());
                    continue;
                }
                if (!validKeys.contains(key)) {
                    out.error("E-UNKNOWN-KEY", keyPath, mark(t.getKeyNode()),
                            "unknown key '" + key + "'" + where(path),
                            didYouMean(key, validKeys) + "valid keys here: " + String.join(", ", validKeys));
                    continue;
                }
                entries.put(key, t);
                if (t.getValueNode() instanceof ScalarNode) {
                    record(keyPath, t.getValueNode());
                } else {
                    record(keyPath, t.getKeyNode());
                }
            }
        }

        /** The value node of the key, or null when absent or written as null. */
        Node get(String key) {
            NodeTuple t = entries.get(key);
            if (t == null || isNull(t.getValueNode())) {
                return null;
            }
            return t.getValueNode();
        }

        String at(String key) {
            return child(path, key);
        }

        void required(String... keys) {
            for (String k : keys) {
                if (get(k) == null && entries.containsKey(k)) {
                    out.error("E-REQUIRED", at(k), mark(entries.get(k).getKeyNode()),
                            "required field '" + k + "' has no value" + where(path), "give '" + k + ":' a value");
                } else if (get(k) == null) {
                    out.error("E-REQUIRED", at(k), mark(node),
                            "required field '" + k + "' is missing" + where(path),
                            "add '" + k + ":' to this map");
                }
            }
        }

        String str(String key) {
            Node n = get(key);
            return n == null ? null : YamlBinder.this.str(n, at(key));
        }

        /** A string whose characters get their own marks (selectors: errors point inside the value). */
        String selector(String key) {
            String v = str(key);
            if (v != null && get(key) instanceof ScalarNode s) {
                recordInside(at(key), s);
            }
            return v;
        }

        /** A string limited to the given set (exact, case-sensitive). */
        String choice(String key, List<String> valid) {
            String v = str(key);
            if (v != null && !valid.contains(v)) {
                out.error("E-ENUM", at(key), mark(get(key)),
                        "'" + v + "' is not a valid " + key,
                        didYouMean(v, valid) + "valid values: " + String.join(", ", valid));
                return null;
            }
            return v;
        }

        Integer integer(String key) {
            Long v = lng(key);
            if (v == null) {
                return null;
            }
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                out.error("E-TYPE", at(key), mark(get(key)), "integer " + v + " is too large for " + key,
                        "use a value below " + Integer.MAX_VALUE);
                return null;
            }
            return v.intValue();
        }

        Long lng(String key) {
            Node n = get(key);
            return n == null ? null : YamlBinder.this.lng(n, at(key));
        }

        Boolean bool(String key) {
            Node n = get(key);
            if (n == null) {
                return null;
            }
            if (n instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
                return Boolean.parseBoolean(s.getValue().toLowerCase());
            }
            typeError(n, at(key), "boolean", "write true or false");
            return null;
        }

        Obj obj(String key, String... validKeys) {
            Node n = get(key);
            return n == null ? null : YamlBinder.this.obj(n, at(key), validKeys);
        }

        <T> List<T> list(String key, BiFunction<Node, String, T> item) {
            Node n = get(key);
            return n == null ? null : YamlBinder.this.list(n, at(key), item);
        }

        List<String> strings(String key) {
            return list(key, YamlBinder.this::str);
        }
    }

    Obj obj(Node n, String path, String... validKeys) {
        if (n instanceof MappingNode m) {
            return new Obj(path, m, Arrays.asList(validKeys));
        }
        typeError(n, path, "map", "write the fields as key: value pairs");
        return null;
    }

    <T> List<T> list(Node n, String path, BiFunction<Node, String, T> item) {
        if (!(n instanceof SequenceNode seq)) {
            typeError(n, path, "list", "write a YAML list ('- item' lines or [a, b])");
            return null;
        }
        List<T> result = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Node it = items.get(i);
            record(p, it);
            if (isNull(it)) {
                out.error("E-TYPE", p, mark(it), "empty list item in " + path, "remove the '-' line or give it a value");
                continue;
            }
            T v = item.apply(it, p);
            if (v != null) {
                result.add(v);
            }
        }
        return List.copyOf(result);
    }

    String str(Node n, String path) {
        if (n instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            return checkChars(s.getValue(), path, n);
        }
        String hint = n instanceof ScalarNode ? "quote the value to make it a string, e.g. \"" + ((ScalarNode) n).getValue() + "\""
                : "write a single string value";
        typeError(n, path, "string", hint);
        return null;
    }

    Long lng(Node n, String path) {
        if (n instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            try {
                BigInteger v = parseYamlInt(s.getValue());
                if (v.bitLength() < 63) {
                    return v.longValue();
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
            out.error("E-TYPE", path, mark(n), "integer " + s.getValue() + " is out of range", "use a smaller number");
            return null;
        }
        typeError(n, path, "integer", n instanceof ScalarNode s && Tag.STR.equals(s.getTag())
                ? "write the number without quotes" : "write a whole number");
        return null;
    }

    /** YAML 1.2 core schema integers: decimal with sign, 0o octal, 0x hex. */
    static BigInteger parseYamlInt(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        BigInteger v;
        if (t.startsWith("0x")) {
            v = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0o")) {
            v = new BigInteger(t.substring(2), 8);
        } else {
            v = new BigInteger(t);
        }
        return negative ? v.negate() : v;
    }

    /** Map keys must be plain strings (or integers where an id is expected, see the VLAN map). */
    String keyText(Node key, String parentPath) {
        if (key instanceof ScalarNode s && (Tag.STR.equals(s.getTag()) || Tag.INT.equals(s.getTag()))) {
            return checkChars(s.getValue(), child(parentPath, s.getValue()), key);
        }
        out.error("E-TYPE", parentPath, mark(key), "map key must be a plain name, got " + describe(key),
                "write keys as plain words, e.g. name:");
        return null;
    }

    void duplicateKey(String keyPath, String key, Node second, Node first) {
        out.error("E-DUPLICATE-KEY", keyPath, mark(second),
                "key '" + key + "' appears twice (first at line " + mark(first).line() + ")",
                "keep one '" + key + ":' entry; YAML does not allow repeated keys");
    }

    void typeError(Node n, String path, String expected, String hint) {
        out.error("E-TYPE", path, mark(n), "expected " + expected + ", got " + describe(n), hint);
    }

    String checkChars(String value, String path, Node n) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.error("E-CONTROL-CHAR", path, mark(n),
                        String.format("value contains control character U+%04X at position %d", (int) c, i + 1),
                        "write the value on one line without tabs, newlines or other control characters");
                return null;
            }
        }
        return value;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a map";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        Tag t = s.getTag();
        String v = s.getValue();
        String shown = v.length() > 40 ? v.substring(0, 37) + "..." : v;
        if (Tag.NULL.equals(t)) {
            return "null";
        }
        if (Tag.INT.equals(t)) {
            return "integer " + shown;
        }
        if (Tag.FLOAT.equals(t)) {
            return "number " + shown;
        }
        if (Tag.BOOL.equals(t)) {
            return "boolean " + shown;
        }
        return "string '" + printable(shown) + "'";
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String where(String path) {
        return path.isEmpty() ? " at the top level" : " in " + path;
    }

    /** "did you mean 'x'? " when one valid value is close to the written one, else "". */
    static String didYouMean(String written, List<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(written.toLowerCase(), v.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        int allowed = Math.max(1, Math.min(3, written.length() / 3));
        return best != null && bestDistance <= allowed ? "did you mean '" + best + "'? " : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
