package dev.labforge.validate;

import dev.labforge.selector.Selector;
import dev.labforge.selector.SelectorSyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Evaluates Calico selectors against node labels; each selector text is parsed once per validation. */
public final class NodeSelection {
    private final Map<String, Optional<Selector>> parsed = new HashMap<>();

    /** True/false when the selector can be evaluated, null when it does not parse. Null or blank = all(). */
    public Boolean matches(String selector, Map<String, String> labels) {
        Optional<Selector> s = parsed.computeIfAbsent(selector == null ? "" : selector, NodeSelection::tryParse);
        return s.map(x -> x.matches(labels)).orElse(null);
    }

    private static Optional<Selector> tryParse(String text) {
        try {
            return Optional.of(Selector.parse(text));
        } catch (SelectorSyntaxException e) {
            return Optional.empty();
        }
    }
}
