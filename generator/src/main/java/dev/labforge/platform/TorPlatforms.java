package dev.labforge.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ToR platforms labforge can render, one line each, by id. Adding a platform = one class + one line here. */
public final class TorPlatforms {
    private static final Map<String, TorPlatform> BY_ID = register(
            new CeosPlatform(),
            new FrrPlatform(),
            new LinuxPlatform());

    /** The platform of a ToR whose {@code platform} is left out. */
    public static final String DEFAULT_ID = "ceos";

    private TorPlatforms() {
    }

    /** The platform with this id, or null (the loader reports unknown ids with the valid set). */
    public static TorPlatform byId(String id) {
        return BY_ID.get(id);
    }

    /** {@link #byId} for a spec value: the default platform when left out. */
    public static TorPlatform orDefault(String id) {
        return byId(id == null ? DEFAULT_ID : id);
    }

    /** The valid ids, in registration order (what {@code tor.platform} accepts). */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** Every platform, in registration order. */
    public static List<TorPlatform> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The ids of the platforms that run BGP, joined for hints: "ceos or frr". */
    public static String bgpIds() {
        List<String> ids = all().stream().filter(TorPlatform::runsBgp).map(TorPlatform::id).toList();
        return ids.size() <= 1 ? String.join("", ids)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    private static Map<String, TorPlatform> register(TorPlatform... platforms) {
        Map<String, TorPlatform> map = new LinkedHashMap<>();
        for (TorPlatform p : platforms) {
            if (map.putIfAbsent(p.id(), p) != null) {
                throw new IllegalStateException("two ToR platforms share the id " + p.id());
            }
        }
        return map;
    }
}
