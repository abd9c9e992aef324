package dev.labforge.report;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads report.json back into a {@link Report}: the inverse of {@link ReportWriter#toJson} (a test
 * keeps the two in step). Pure. A document that is not a report is an {@link IllegalArgumentException}
 * saying which field is wrong.
 */
public final class ReportReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportReader() {
    }

    public static Report fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a report: the document is not a JSON object");
        }
        String lab = text(root, "lab", true);
        List<PhaseOutcome> phases = new ArrayList<>();
        for (JsonNode p : array(root, "phases")) {
            phases.add(new PhaseOutcome(text(p, "name", true), enumOf(PhaseOutcome.Status.class, "phases[].status", text(p, "status", true)),
                    Duration.ofMillis(p.path("durationMs").asLong(0)), text(p, "detail", false)));
        }
        List<CheckOutcome> checks = new ArrayList<>();
        for (JsonNode c : array(root, "checks")) {
            checks.add(new CheckOutcome(text(c, "name", true), text(c, "type", false), text(c, "expected", false), text(c, "observed", false),
                    enumOf(Verdict.class, "checks[].verdict", text(c, "verdict", true)), Duration.ofMillis(c.path("waitedMs").asLong(0))));
        }
        String verdict = text(root, "verdict", false);
        return new Report(lab, text(root, "runtime", false), verdict.isEmpty() ? null : enumOf(Verdict.class, "verdict", verdict),
                phases, checks, instant(text(root, "started", false)), Duration.ofMillis(root.path("totalMs").asLong(0)));
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("not a report: field '" + field + "' is missing");
            }
            return "";
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("not a report: field '" + field + "' is not a value");
        }
        return value.asString();
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("not a report: field '" + field + "' is not a list");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a report: " + field + " '" + value + "' is none of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static Instant instant(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a report: started '" + text + "' is not an ISO-8601 instant");
        }
    }
}
