package dev.labforge.render;

import java.util.List;
import java.util.Map;

/**
 * What {@code templates/startup/frr/frr.conf.ftl} prints, every decision made: the one FRR config
 * emitter. The frr platform builds it from the resolved ToR ({@link #forTor}); the netns runtime
 * builds it from a translated cEOS config, so FRR there behaves like EOS. The template only prints.
 *
 * @param origin       one line after the hostname saying what this config is and who makes the interfaces
 * @param ipForwarding false prints {@code no ip forwarding} (a router that does not route between VLANs)
 * @param interfaces   interface blocks (descriptions); empty when the interfaces need no FRR config
 * @param bgp          the BGP process; null for a router without BGP
 */
public record FrrConfig(String hostname, String origin, boolean ipForwarding, List<Interface> interfaces, Bgp bgp) {
    /** The one template this record is printed with. */
    public static final String TEMPLATE = "startup/frr/frr.conf.ftl";

    public FrrConfig {
        interfaces = List.copyOf(interfaces);
    }

    /** An interface block: {@code description} and {@code note} (a comment line) may be null. */
    public record Interface(String name, String description, String note) {
    }

    /**
     * {@code router bgp}.
     *
     * @param routerId             null leaves the choice to FRR
     * @param noEbgpRequiresPolicy exchange eBGP routes without policies
     * @param coalesceTime         ms FRR waits before the first update to a new peer; 0 keeps FRR's default
     * @param listenLimit          {@code bgp listen limit}; 0 keeps FRR's default (100 dynamic peers)
     * @param maximumPaths         paths installed per prefix (eBGP and iBGP); null keeps FRR's default
     */
    public record Bgp(long asn, String routerId, boolean logNeighborChanges, boolean noEbgpRequiresPolicy, int coalesceTime,
            int listenLimit, List<PeerGroup> peerGroups, List<ListenRange> listenRanges, List<String> networks,
            Integer maximumPaths) {
        public Bgp {
            peerGroups = List.copyOf(peerGroups);
            listenRanges = List.copyOf(listenRanges);
            networks = List.copyOf(networks);
        }
    }

    /**
     * A peer group and its ipv4 unicast settings.
     *
     * @param description     null for none
     * @param nextHopSelf     {@code none}, {@code plain} or {@code force} (FRR rewrites reflected routes only when forced)
     * @param noSendCommunity community kinds not sent ({@code all}, or some of standard/extended/large); FRR sends all by default
     */
    public record PeerGroup(String name, long remoteAs, String description, boolean activate, boolean routeReflectorClient,
            String nextHopSelf, List<String> noSendCommunity) {
        public PeerGroup {
            if (!List.of("none", "plain", "force").contains(nextHopSelf)) {
                throw new IllegalArgumentException("nextHopSelf must be none, plain or force, got " + nextHopSelf);
            }
            noSendCommunity = List.copyOf(noSendCommunity);
        }
    }

    public record ListenRange(String prefix, String peerGroup) {
    }

    /**
     * The frr platform's config: one peer group for the nodes, a listen range per peering VLAN, the VLAN subnets
     * announced; no {@code router bgp} when {@code bgp} is null (a ToR that only routes).
     */
    static FrrConfig forTor(String hostname, StartupConfigOutput.Bgp bgp) {
        String origin = "FRR configuration. The VLAN bridges and their addresses are created by the topology's exec lines.";
        if (bgp == null) {
            return new FrrConfig(hostname, origin, true, List.of(), null);
        }
        List<ListenRange> ranges = bgp.listenRanges().stream().map(r -> new ListenRange(r, bgp.peerGroup())).toList();
        PeerGroup nodes = new PeerGroup(bgp.peerGroup(), bgp.remoteAs(), bgp.description(), true, bgp.routeReflectorClient(),
                bgp.nextHopSelfForce() ? "force" : "plain", List.of());
        return new FrrConfig(hostname, origin, true, List.of(), new Bgp(bgp.asn(), bgp.routerId(), false, bgp.ebgp(), 0, bgp.listenLimit(), List.of(nodes), ranges,
                        bgp.networks(), null));
    }

    /** Prints this config with the catalog's frr.conf template; {@code lab} names the lab in the banner. */
    public String render(TemplateCatalog catalog, String lab) {
        return catalog.render(TEMPLATE, Map.of("lab", Map.of("name", lab), "frr", this));
    }
}
