package dev.labforge.validate;

import java.util.Map;

/** Evaluates Calico selectors against node labels. */
public final class NodeSelection {

    /** True/false when the selector can be evaluated, null when it does not parse. Null or blank = all(). */
    public Boolean matches(String selector, Map<String, String> labels) {
        String s = selector == null ? "" : selector.strip();
        if (s.isEmpty() || s.equals("all()")) {
            return true;
        }
        if (s.equals("!all()")) {
            return false;
        }
        return null;
    }
}
