package dev.labforge.probe.parse;

import dev.labforge.probe.ObservationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared helpers for the parsers: JSON reading and error messages that show what was received. */
final class ParseSupport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final int EXCERPT = 200;

    private ParseSupport() {
    }

    /** The first 200 characters of the output, on one line, for error messages. */
    static String excerpt(String text) {
        if (text == null) {
            return "<null>";
        }
        String head = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
        return head.isBlank() ? "<empty>" : head.replace("\n", "\\n");
    }

    static ObservationException failure(String what, String reason, String text) {
        return new ObservationException("cannot parse " + what + ": " + reason + "; output starts with: " + excerpt(text));
    }

    static ObservationException failure(String what, String reason, String text, Throwable cause) {
        return new ObservationException("cannot parse " + what + ": " + reason + "; output starts with: " + excerpt(text), cause);
    }

    /** Reads a JSON document; blank or malformed text is an {@link ObservationException}. */
    static JsonNode readJson(String text, String what) {
        if (text == null || text.isBlank()) {
            throw failure(what, "the output is empty (expected JSON)", text);
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw failure(what, "not valid JSON (" + e.getOriginalMessage() + ")", text, e);
        }
    }

    static JsonNode requireObject(JsonNode node, String field, String what, String text) {
        JsonNode child = node.path(field);
        if (!child.isObject()) {
            throw failure(what, "expected an object at \"" + field + "\"", text);
        }
        return child;
    }

    /** An AS number written as a number, "65010" or asdot "65001.1026". */
    static long asNumber(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return -1;
        }
        if (node.isNumber()) {
            return node.asLong(-1);
        }
        return asNumber(node.asString(""));
    }

    static long asNumber(String text) {
        String s = text == null ? "" : text.strip();
        try {
            int dot = s.indexOf('.');
            if (dot > 0) {
                return Long.parseLong(s.substring(0, dot)) * 65536L + Long.parseLong(s.substring(dot + 1));
            }
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode child = node.path(field);
        return child.isMissingNode() || child.isNull() ? "" : child.asString("");
    }

    static int intOr(JsonNode node, String field, int fallback) {
        JsonNode child = node.path(field);
        return child.isNumber() ? child.asInt(fallback) : fallback;
    }

    /** "ESTABLISHED", "established" -> "Established"; FRR/BIRD/EOS all use these words. */
    static String normalizeState(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        for (String known : new String[] {"Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established"}) {
            if (known.equalsIgnoreCase(raw)) {
                return known;
            }
        }
        return raw;
    }
}
