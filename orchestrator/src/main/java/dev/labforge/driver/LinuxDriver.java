package dev.labforge.driver;

import dev.labforge.net.Cidr;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.runtime.netns.config.ExecLineRouter;
import dev.labforge.runtime.netns.config.VlanSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain Linux router container (containerlab kind linux, any image): VLAN bridges, SVIs and static
 * routes by its exec lines, kernel routing only, no BGP. tor-config proves the SVIs with {@code ip -j addr};
 * on netns the namespace gets the same bridges and routes and runs no daemon.
 */
final class LinuxDriver implements TorDriver {
    private static final String PLATFORM = "linux";
    private final KernelShow container = new KernelShow(PLATFORM, Commands::ping);
    private final NetnsEmulation netns = new KernelEmulation(PLATFORM);

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Set<String> clabKinds() {
        return Set.of("linux");
    }

    @Override
    public boolean runsBgp() {
        return false;
    }

    @Override
    public List<String> bgpSummaryCommand() {
        return container.bgpSummaryCommand();
    }

    @Override
    public List<BgpPeerState> parseBgpSummary(String output) {
        return container.parseBgpSummary(output);
    }

    @Override
    public List<String> routesCommand() {
        return container.routesCommand();
    }

    @Override
    public List<RouteEntry> parseRoutes(String output) {
        return container.parseRoutes(output);
    }

    @Override
    public List<String> bgpPrefixCommand(String prefix) {
        return container.bgpPrefixCommand(prefix);
    }

    @Override
    public BgpPrefixPaths parseBgpPrefix(String prefix, String output) {
        return container.parseBgpPrefix(prefix, output);
    }

    @Override
    public List<String> pingCommand(String address, int count) {
        return container.pingCommand(address, count);
    }

    @Override
    public PingResult parsePing(String output) {
        return container.parsePing(output);
    }

    @Override
    public List<String> interfacesCommand() {
        return container.interfacesCommand();
    }

    @Override
    public List<InterfaceState> parseInterfaces(String output) {
        return container.parseInterfaces(output);
    }

    /** Every SVI address that the node's exec lines put on a bridge must be on that bridge. */
    @Override
    public RunningConfigCheck runningConfigCheck(RenderedTor tor) {
        List<VlanSetup> vlans = ExecLineRouter.parse(tor.exec(), "ToR " + tor.name()).vlans();
        List<String> expected = new ArrayList<>();
        for (VlanSetup v : vlans) {
            if (v.sviCidr() != null) {
                expected.add(v.bridge() + " " + Cidr.parseInterface(v.sviCidr()));
            }
        }
        return new RunningConfigCheck() {
            @Override
            public List<String> command() {
                return Commands.kernelAddresses();
            }

            @Override
            public String promise() {
                return "must show the SVI addresses of the exec lines of " + tor.name() + ": " + String.join(", ", expected);
            }

            @Override
            public List<String> missing(String output) {
                Map<String, List<String>> running = IpAddrParser.ipv4ByInterface(output);
                return expected.stream().filter(e -> {
                    String[] bridgeAndAddress = e.split(" ");
                    return !running.getOrDefault(bridgeAndAddress[0], List.of()).contains(bridgeAndAddress[1]);
                }).toList();
            }
        };
    }

    /** Exec lines that fail show in containerlab's output, not in the container log: nothing to scan. */
    @Override
    public List<String> rejectionMarks() {
        return List.of();
    }

    @Override
    public NetnsEmulation netns() {
        return netns;
    }
}
