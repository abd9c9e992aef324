package dev.labforge.guide.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's meta marker, {@code <!-- lab:guide:meta lab=labs/10-calico-bgp-ippool runtime=netns -->}:
 * the lab path its commands show (as the student types it, from the repository root) and the runtime
 * they are written for. Either may be null when the guide has no meta marker.
 */
public record GuideMeta(String lab, String runtime) {
    public static final GuideMeta NONE = new GuideMeta(null, null);
    static final List<String> KEYS = List.of("lab", "runtime");

    /** The marker line for these settings. */
    public String marker() {
        Map<String, String> kv = new LinkedHashMap<>();
        if (lab != null) {
            kv.put("lab", lab);
        }
        if (runtime != null) {
            kv.put("runtime", runtime);
        }
        StringBuilder sb = new StringBuilder("<!-- " + GuideMarkers.META);
        kv.forEach((k, v) -> sb.append(' ').append(k).append('=').append(Argv.quote(v)));
        return sb.append(" -->").toString();
    }

    /** Reads the settings of a meta marker's text ({@code lab=... runtime=...}); unknown keys are an IllegalArgumentException. */
    static GuideMeta parse(String settings) {
        String lab = null;
        String runtime = null;
        for (String word : Argv.split(settings)) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("the meta marker takes " + String.join("=..., ", KEYS) + "=..., not `" + word + "`");
            }
            String value = word.substring(eq + 1);
            if (key.equals("lab")) {
                lab = value;
            } else {
                runtime = value;
            }
        }
        return new GuideMeta(lab, runtime);
    }
}
