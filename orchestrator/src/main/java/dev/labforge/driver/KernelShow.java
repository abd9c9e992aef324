package dev.labforge.driver;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.probe.parse.PingParser;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The show commands of a router that routes with the kernel only: routes from iproute2, pings from
 * iputils, and no BGP at all (every BGP command throws {@link NotOnThisPlatformException}).
 */
final class KernelShow implements TorShow {
    private final String platform;
    private final BiFunction<String, Integer, List<String>> ping;

    /** {@code ping}: the ping argv for (address, count), which differs between a container and a namespace. */
    KernelShow(String platform, BiFunction<String, Integer, List<String>> ping) {
        this.platform = platform;
        this.ping = ping;
    }

    @Override
    public boolean runsBgp() {
        return false;
    }

    @Override
    public List<String> bgpSummaryCommand() {
        throw noBgp("BGP sessions");
    }

    @Override
    public List<BgpPeerState> parseBgpSummary(String output) {
        throw noBgp("BGP sessions");
    }

    @Override
    public List<String> routesCommand() {
        return Commands.kernelRoutes();
    }

    @Override
    public List<RouteEntry> parseRoutes(String output) {
        return IpRouteParser.parse(output);
    }

    @Override
    public List<String> bgpPrefixCommand(String prefix) {
        throw noBgp("BGP paths of " + prefix);
    }

    @Override
    public BgpPrefixPaths parseBgpPrefix(String prefix, String output) {
        throw noBgp("BGP paths of " + prefix);
    }

    @Override
    public List<String> pingCommand(String address, int count) {
        return ping.apply(Commands.ipv4(address), count);
    }

    /** iputils, in the container or the namespace: the packet's options go before the address. */
    @Override
    public List<String> pingCommand(String address, int count, dev.labforge.probe.PingPacket packet) {
        List<String> argv = new java.util.ArrayList<>(pingCommand(address, count));
        argv.addAll(argv.size() - 1, packet.pingOptions());
        return List.copyOf(argv);
    }

    @Override
    public PingResult parsePing(String output) {
        return PingParser.parse(output);
    }

    @Override
    public List<String> interfacesCommand() {
        return Commands.kernelAddresses();
    }

    @Override
    public List<InterfaceState> parseInterfaces(String output) {
        return IpAddrParser.interfaces(output);
    }

    private NotOnThisPlatformException noBgp(String what) {
        return new NotOnThisPlatformException("a ToR of platform " + platform + " routes with the kernel only and runs no BGP,"
                + " so it has no " + what + " to show; use platform frr or ceos for BGP");
    }
}
