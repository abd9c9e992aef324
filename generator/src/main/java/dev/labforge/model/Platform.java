package dev.labforge.model;

/** ToR platforms. Capabilities live here as data, not as if-chains elsewhere. */
public enum Platform {
    CEOS("ceos", "arista_ceos", "Ethernet", true),
    FRR("frr", "linux", "eth", false);

    private final String id;
    private final String clabKind;
    private final String interfacePrefix;
    private final boolean nextHopSelfRewritesReflected;

    Platform(String id, String clabKind, String interfacePrefix, boolean nextHopSelfRewritesReflected) {
        this.id = id;
        this.clabKind = clabKind;
        this.interfacePrefix = interfacePrefix;
        this.nextHopSelfRewritesReflected = nextHopSelfRewritesReflected;
    }

    /** The name used in lab.yaml and in template folders (templates/startup/&lt;id&gt;/). */
    public String id() {
        return id;
    }

    /** containerlab node kind. */
    public String clabKind() {
        return clabKind;
    }

    /** Router interface name for front-panel port n (1-based): Ethernet1 on EOS, eth1 on FRR. */
    public String interfaceName(int n) {
        return interfacePrefix + n;
    }

    /** EOS rewrites the next hop of reflected routes with plain next-hop-self; FRR needs "force". */
    public boolean nextHopSelfRewritesReflected() {
        return nextHopSelfRewritesReflected;
    }

    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }
}
