package dev.labforge.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code checks:} entry of plan.yaml as read back, with typed getters whose errors name the file
 * and the entry ({@code labforge/plan.yaml: checks[3] (route): prefix is missing}).
 */
public final class PlanEntry {
    private final Map<?, ?> values;
    private final String where;

    public PlanEntry(Map<?, ?> values, String where) {
        this.values = values;
        this.where = where;
    }

    public String where() {
        return where;
    }

    public PlanFormatException error(String message) {
        return new PlanFormatException(where + ": " + message);
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Map<?, ?> || v instanceof List<?> || String.valueOf(v).isBlank()) {
            throw error(key + " is missing or not a single value");
        }
        return String.valueOf(v);
    }

    public String optionalString(String key, String fallback) {
        return values.get(key) == null ? fallback : string(key);
    }

    public Integer optionalInt(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw error(key + " must be a whole number, not '" + v + "'");
    }

    public long optionalLong(String key, long fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw error(key + " must be a whole number, not '" + v + "'");
    }

    public boolean optionalBoolean(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key + " must be true or false, not '" + v + "'");
    }

    public List<String> optionalStrings(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw error(key + " must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (o == null || o instanceof Map<?, ?> || o instanceof List<?>) {
                throw error(key + " must be a list of single values");
            }
            out.add(String.valueOf(o));
        }
        return List.copyOf(out);
    }

    public Side side(String key) {
        String id = string(key);
        Side side = Side.fromId(id);
        if (side == null) {
            throw error(key + " '" + id + "' is not tor, node or pod");
        }
        return side;
    }

    /** Absent means derived: a hand-edited plan entry is rare and reads as the generator's. */
    public boolean derived() {
        return optionalBoolean("derived", true);
    }
}
