package dev.labforge.driver;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.FrrBgpPrefixParser;
import dev.labforge.probe.parse.FrrBgpSummaryParser;
import dev.labforge.probe.parse.FrrRouteParser;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.runtime.netns.config.FrrToRSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FRR in a Linux container (containerlab kind linux): vtysh with {@code json}, frr.conf bound to
 * /etc/frr/frr.conf, VLAN bridges by the node's exec lines; on netns FRR runs that same frr.conf
 * next to bridges built from the same exec lines.
 */
final class FrrDriver implements TorDriver {
    static final String FRR_CONF = "/etc/frr/frr.conf";
    // FRR hides "neighbor X activate" in its running config while ipv4-unicast is the default
    private static final ConfigLines CONFIG_LINES = new ConfigLines(line -> line.matches("neighbor \\S+ activate"), line -> line);
    private static final NetnsEmulation NETNS = new FrrEmulation(
            tor -> FrrToRSetup.fromFrr(tor.text(frrConf(tor)), tor.exec()), Map.of());

    @Override
    public String platform() {
        return "frr";
    }

    @Override
    public Set<String> clabKinds() {
        return Set.of("linux");
    }

    @Override
    public boolean runsBgp() {
        return true;
    }

    @Override
    public List<String> bgpSummaryCommand() {
        return Commands.frrBgpSummary();
    }

    @Override
    public List<BgpPeerState> parseBgpSummary(String output) {
        return FrrBgpSummaryParser.parse(output);
    }

    @Override
    public List<String> routesCommand() {
        return Commands.vtysh("show ip route json");
    }

    @Override
    public List<RouteEntry> parseRoutes(String output) {
        return FrrRouteParser.parse(output);
    }

    @Override
    public List<String> bgpPrefixCommand(String prefix) {
        return Commands.frrBgpPrefix(prefix);
    }

    @Override
    public BgpPrefixPaths parseBgpPrefix(String prefix, String output) {
        return FrrBgpPrefixParser.parse(prefix, output);
    }

    @Override
    public List<String> pingCommand(String address, int count) {
        return Commands.ping(address, count);
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

    @Override
    public RunningConfigCheck runningConfigCheck(RenderedTor tor) {
        Path file = frrConf(tor);
        String rendered = tor.text(file);
        return new RunningConfigCheck() {
            @Override
            public List<String> command() {
                return Commands.vtysh("show running-config");
            }

            @Override
            public String promise() {
                return "must contain the " + (CONFIG_LINES.expected(rendered).stream().anyMatch(l -> l.startsWith("router bgp "))
                        ? "router bgp and " : "") + "interface address lines of " + tor.relative(file);
            }

            @Override
            public List<String> missing(String output) {
                return CONFIG_LINES.missing(rendered, output);
            }
        };
    }

    @Override
    public List<String> rejectionMarks() {
        return ConfigLines.CLI_REJECTION_MARKS;
    }

    @Override
    public NetnsEmulation netns() {
        return NETNS;
    }

    private static Path frrConf(RenderedTor tor) {
        return tor.boundFile(FRR_CONF).orElseThrow(() -> new RenderedTorException("topology.clab.yaml: node " + tor.name()
                + " (FRR) binds no file to " + FRR_CONF + "; the FRR ToR config is read from it: re-render the lab"));
    }
}
