package dev.labforge.runtime.netns.config;

import dev.labforge.runtime.netns.config.EosLines.Line;
import java.util.List;
import java.util.Set;

/**
 * What an EOS startup-config says, as {@link EosConfigParser} read it: statements, not yet their meaning
 * (that is {@link EosToFrr}'s). Each item keeps the line it came from, for errors.
 *
 * @param hostname null when the config has none
 * @param vlans    by id; a VLAN only mentioned by {@code interface VlanN} has no {@code definedAt}
 * @param bgp      null without {@code router bgp}
 * @param warnings what the parser skipped on purpose (management, users), in line order
 * @param ipv6Routing {@code ipv6 unicast-routing}
 * @param loopbacks   Loopback0's addresses with their lengths, IPv4 and IPv6, in line order
 * @param routes      static routes of both families, in line order
 */
record EosConfig(String hostname, boolean ipRouting, List<Vlan> vlans, List<Port> ports, Bgp bgp, List<String> warnings,
        boolean ipv6Routing, List<String> loopbacks, List<Route> routes) {

    /**
     * {@code vlan N} (name) and its {@code interface VlanN} (SVI address, its IPv6 one or null, description, MTU;
     * 0 when unset).
     */
    record Vlan(int id, String name, String svi, String sviDescription, int sviMtu, Line definedAt, Line sviAt, String svi6) {
    }

    /** {@code ip route PREFIX NEXTHOP} or {@code ipv6 route PREFIX NEXTHOP}. */
    record Route(String prefix, String via, Line at) {
    }

    /** An access port: EOS name, Linux name (Ethernet1 -> eth1), VLAN (0: none), MTU (0: unset). */
    record Port(String eos, String linux, int vlan, int mtu, String description, Line at) {
    }

    /** {@code router bgp}: maximum-paths and its ecmp limit are null when unset; {@code networks6} of address-family ipv6. */
    record Bgp(long asn, String routerId, Integer maxPaths, Integer maxEcmp, boolean logNeighborChanges, List<PeerGroup> groups,
            List<ListenRange> ranges, List<String> networks, List<String> networks6) {
    }

    /**
     * A peer group, as defined ({@code definedAt}) or only used ({@code definedAt} null, first used at {@code firstUse}).
     *
     * @param sendCommunity the kinds of {@code send-community} (standard, extended, large); empty when absent
     * @param activate6     {@code neighbor NAME activate} in address-family ipv6
     */
    record PeerGroup(String name, Line definedAt, Line firstUse, Long remoteAs, String description, boolean rrClient,
            boolean nextHopSelf, boolean activate, Set<String> sendCommunity, boolean activate6) {
    }

    /** {@code bgp listen range PREFIX peer-group GROUP remote-as ASN}. */
    record ListenRange(String prefix, String group, long remoteAs, Line at) {
    }
}
