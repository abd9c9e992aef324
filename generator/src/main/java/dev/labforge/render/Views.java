package dev.labforge.render;

import dev.labforge.model.Lab;
import java.util.LinkedHashMap;
import java.util.Map;

/** Data-model helpers shared by the outputs. Every template also sees the whole resolved {@code lab}. */
final class Views {
    private Views() {
    }

    /** A fresh data model holding {@code lab}; outputs add their view values to it. */
    static Map<String, Object> model(Lab lab) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lab", lab);
        return model;
    }
}
