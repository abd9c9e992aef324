package dev.labforge.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the author wrote under {@code expect:}. {@code derive} (default true) keeps the derived checks;
 * {@code remove} names derived checks to drop (exact names, as reports print them); {@code entries}
 * holds the author's checks by key (one key per check type: bgp, route, community, ping). An entry
 * with the same identity as a derived check replaces it, others are added.
 */
public record ExpectSpec(Boolean derive, List<String> remove, Map<String, List<ExpectEntry>> entries) {

    public ExpectSpec {
        remove = remove == null ? null : Collections.unmodifiableList(new ArrayList<>(remove));
        entries = entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Only pings (and derive): what most labs write. */
    public static ExpectSpec pings(Boolean derive, List<PingExpectSpec> pings) {
        return new ExpectSpec(derive, null, pings == null ? null : Map.of(PingExpectSpec.KEY, List.copyOf(pings)));
    }

    /** The entries written under {@code key}, in file order (empty when the key is absent). */
    public <T extends ExpectEntry> List<T> entries(String key, Class<T> type) {
        List<ExpectEntry> list = entries.get(key);
        if (list == null) {
            return List.of();
        }
        return list.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<PingExpectSpec> ping() {
        return entries(PingExpectSpec.KEY, PingExpectSpec.class);
    }
}
