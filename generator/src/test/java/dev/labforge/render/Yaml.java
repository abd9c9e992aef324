package dev.labforge.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Test helpers to read rendered YAML and walk it. */
final class Yaml {
    private Yaml() {
    }

    static List<Object> documents(String text) {
        List<Object> docs = new ArrayList<>();
        new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build()).loadAllFromString(text).forEach(docs::add);
        return docs;
    }

    static Map<String, Object> document(String text) {
        List<Object> docs = documents(text);
        if (docs.size() != 1) {
            throw new AssertionError("expected one YAML document, got " + docs.size());
        }
        return map(docs.get(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** Walks a dotted path: "topology.nodes.ceos01.kind"; list indexes as numbers ("nodes.0.role"). */
    static Object at(Object root, String path) {
        Object cur = root;
        for (String part : path.split("\\.")) {
            if (cur instanceof Map<?, ?> m) {
                if (!m.containsKey(part)) {
                    throw new AssertionError("no key '" + part + "' in path " + path + " (keys: " + m.keySet() + ")");
                }
                cur = m.get(part);
            } else if (cur instanceof List<?> l) {
                cur = l.get(Integer.parseInt(part));
            } else {
                throw new AssertionError("cannot walk into " + cur + " for '" + part + "' of " + path);
            }
        }
        return cur;
    }
}
