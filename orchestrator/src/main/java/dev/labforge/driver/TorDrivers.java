package dev.labforge.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ToR platforms the orchestrator drives, one line each, by platform id. A new platform = one driver class + one line here. */
public final class TorDrivers {
    private static final Map<String, TorDriver> BY_PLATFORM = register(
            new CeosDriver(),
            new FrrDriver(),
            new LinuxDriver());

    private TorDrivers() {
    }

    /** The driver of a platform id as plan.yaml names it. */
    public static TorDriver of(String platform) {
        TorDriver driver = BY_PLATFORM.get(platform);
        if (driver == null) {
            throw new RenderedTorException("ToR platform '" + platform + "' is not one this labforge drives (" + String.join(", ",
                    platforms()) + "); re-render the lab with this labforge");
        }
        return driver;
    }

    /** The platform ids, in registration order. */
    public static List<String> platforms() {
        return List.copyOf(BY_PLATFORM.keySet());
    }

    private static Map<String, TorDriver> register(TorDriver... drivers) {
        Map<String, TorDriver> map = new LinkedHashMap<>();
        for (TorDriver d : drivers) {
            if (map.putIfAbsent(d.platform(), d) != null) {
                throw new IllegalStateException("two ToR drivers for platform " + d.platform());
            }
        }
        return map;
    }
}
