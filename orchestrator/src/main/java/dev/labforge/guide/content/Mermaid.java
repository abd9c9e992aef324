package dev.labforge.guide.content;

import java.util.HashMap;
import java.util.Map;

/** Mermaid ids and labels: lab names become short safe ids; labels are quoted with entities for quotes. */
final class Mermaid {
    private final Map<String, String> ids = new HashMap<>();
    private final java.util.Set<String> declared = new java.util.HashSet<>();
    private final StringBuilder out = new StringBuilder();

    Mermaid(String header) {
        out.append(header).append('\n');
    }

    /** A stable id for a name within this diagram. */
    String id(String name) {
        return ids.computeIfAbsent(name, n -> "n" + (ids.size() + 1));
    }

    static String label(String text) {
        return "\"" + text.replace("\"", "#quot;") + "\"";
    }

    Mermaid line(String text) {
        out.append("  ").append(text).append('\n');
        return this;
    }

    /** A node declaration, {@code id["label"]}, once per name. */
    Mermaid node(String name, String label) {
        return declared.add(name) ? line(id(name) + "[" + label(label) + "]") : this;
    }

    String block() {
        return Md.code("mermaid", out.toString());
    }
}
