package dev.labforge.driver;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import java.util.List;

/**
 * The show commands of a ToR and the parser of each one's output. Commands are argv as they run where
 * the router lives: inside its container on clab ({@code docker exec}), inside its namespace on netns
 * (after {@link NetnsEmulation#inNamespace}). Nothing here runs a process.
 *
 * <p>A router that has no such command (BGP on a router without a routing daemon) throws
 * {@link NotOnThisPlatformException} from the command method: a check that needs it can never pass there.
 * Parsers throw {@link dev.labforge.probe.ObservationException} for output they cannot read.
 */
public interface TorShow {

    /** Whether the router runs BGP at all; when false every BGP command throws {@link NotOnThisPlatformException}. */
    boolean runsBgp();

    /** The BGP sessions with their state and prefixes received. */
    List<String> bgpSummaryCommand();

    List<BgpPeerState> parseBgpSummary(String output);

    /** The IPv4 routing table. */
    List<String> routesCommand();

    List<RouteEntry> parseRoutes(String output);

    /** The BGP paths of one prefix with their communities; {@code prefix} must be an IPv4 CIDR. */
    List<String> bgpPrefixCommand(String prefix);

    /** Output for a prefix the router does not know gives no paths, not an error. */
    BgpPrefixPaths parseBgpPrefix(String prefix, String output);

    /** {@code count} pings to {@code address} (an IPv4 address) sent by the router itself. */
    List<String> pingCommand(String address, int count);

    PingResult parsePing(String output);

    /**
     * Pings with a payload size and don't-fragment ({@code -s N -M do}). The default sends only the default
     * packet; a router whose ping takes other options throws {@link NotOnThisPlatformException}.
     */
    default List<String> pingCommand(String address, int count, dev.labforge.probe.PingPacket packet) {
        if (packet.isDefault()) {
            return pingCommand(address, count);
        }
        throw new NotOnThisPlatformException("this router's ping cannot send a " + packet + " packet; ping from a node or pod");
    }

    /** The interfaces with their MTU and IPv4 addresses, named as the platform names them (Vlan10, Ethernet1 on EOS). */
    List<String> interfacesCommand();

    List<InterfaceState> parseInterfaces(String output);
}
