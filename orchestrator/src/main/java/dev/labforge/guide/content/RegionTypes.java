package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every region type a guide may use, by the first word of its id. A new region type is one class and one line here. */
public final class RegionTypes {
    private static final Map<String, RegionType> TYPES = new LinkedHashMap<>();

    static {
        for (RegionType t : List.of(new TitleRegion(), new SetupRegion(), new TopologyRegion(), new IpPoolsRegion(),
                new BlocksRegion(), new ReservationsRegion(), new BgpConfigurationRegion(), new MeshRegion(), new BgpPeerRegion(), new TorConfigRegion(),
                new PeersRegion(), new TorRoutesRegion(), new CommunitiesRegion(), new NodeRoutesRegion(), new VxlanRegion(), new MtuRegion(), new PodsRegion(), new PodAddressesRegion(), new PingRegion(),
                new DiagramRegion(), new SummaryRegion(), new ExecRegion())) {
            if (TYPES.put(t.type(), t) != null) {
                throw new IllegalStateException("two region types named " + t.type());
            }
        }
    }

    private RegionTypes() {
    }

    /** The type of an id; an unknown type is an IllegalArgumentException listing the valid ones. */
    public static RegionType of(RegionId id) {
        RegionType t = TYPES.get(id.type());
        if (t == null) {
            throw new IllegalArgumentException("unknown region type `" + id.type() + "`; valid: " + String.join(", ", TYPES.keySet()));
        }
        return t;
    }

    /** One usage line per type, for --help. */
    public static List<String> usages() {
        return TYPES.values().stream().map(t -> {
            String[] u = t.usage().split("\\|", 2);
            return String.format("%-28s %s", u[0], u[1]);
        }).toList();
    }
}
