package dev.labforge.driver;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.EosBgpPrefixParser;
import dev.labforge.probe.parse.EosBgpSummaryParser;
import dev.labforge.probe.parse.EosInterfacesParser;
import dev.labforge.probe.parse.EosRouteParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.netns.config.EosToFrr;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arista cEOS: the EOS CLI at privilege 15 with {@code | json}, its startup-config as containerlab's
 * {@code startup-config}; on netns FRR runs the translated EOS config ({@link EosToFrr}).
 */
final class CeosDriver implements TorDriver {
    private static final Pattern PEER_GROUP_OLD = Pattern.compile("^(neighbor \\S+) peer-group$");
    private static final Pattern LINUX_PORT = Pattern.compile("(br|eth)(\\d+)");
    private static final Pattern CEOS_TAG = Pattern.compile("^[^:]+:(\\d+\\.\\d+\\.\\d+[A-Z]?)$");
    // EOS accepts both spellings and shows "peer group"
    private static final ConfigLines CONFIG_LINES = new ConfigLines(line -> false,
            line -> PEER_GROUP_OLD.matcher(line).replaceAll("$1 peer group"));
    private static final NetnsEmulation NETNS = new FrrEmulation(tor -> EosToFrr.translate(tor.text(startupConfig(tor)), tor.lab()),
            Map.of("Cli", "the cEOS ToR is emulated by FRR in the netns runtime: use vtysh -c '<show command>' instead of Cli"
                    + " (or --runtime clab for the real cEOS)"), CeosDriver::eosName);

    @Override
    public String platform() {
        return "ceos";
    }

    @Override
    public Set<String> clabKinds() {
        return Set.of("arista_ceos", "ceos");
    }

    @Override
    public boolean runsBgp() {
        return true;
    }

    static List<String> cli(String command) {
        return List.of("Cli", "-p", "15", "-c", command);
    }

    @Override
    public List<String> bgpSummaryCommand() {
        return cli("show ip bgp summary | json");
    }

    @Override
    public List<BgpPeerState> parseBgpSummary(String output) {
        return EosBgpSummaryParser.parse(output);
    }

    @Override
    public List<String> routesCommand() {
        return cli("show ip route | json");
    }

    @Override
    public List<RouteEntry> parseRoutes(String output) {
        return EosRouteParser.parse(output);
    }

    @Override
    public List<String> bgpPrefixCommand(String prefix) {
        return cli("show ip bgp " + Commands.cidr(prefix) + " detail | json");
    }

    @Override
    public BgpPrefixPaths parseBgpPrefix(String prefix, String output) {
        return EosBgpPrefixParser.parse(prefix, output);
    }

    @Override
    public List<String> pingCommand(String address, int count) {
        return cli("ping " + Commands.ipv4(address) + " repeat " + count);
    }

    @Override
    public PingResult parsePing(String output) {
        return PingParser.parse(output);
    }

    @Override
    public List<String> interfacesCommand() {
        return cli("show interfaces | json");
    }

    @Override
    public List<InterfaceState> parseInterfaces(String output) {
        return EosInterfacesParser.parse(output);
    }

    /**
     * How the netns emulation names an EOS interface: Vlan10 is the bridge br10, Ethernet1 the port eth1
     * (containerlab's name for it); anything else keeps its name.
     */
    static String eosName(String linux) {
        Matcher m = LINUX_PORT.matcher(linux);
        if (m.matches()) {
            return (m.group(1).equals("br") ? "Vlan" : "Ethernet") + m.group(2);
        }
        return linux;
    }

    @Override
    public RunningConfigCheck runningConfigCheck(RenderedTor tor) {
        Path file = startupConfig(tor);
        String rendered = tor.text(file);
        return new RunningConfigCheck() {
            @Override
            public List<String> command() {
                return cli("show running-config");
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

    /** cEOS is not on a public registry: the archive to download and the import that names it as the lab expects. */
    @Override
    public PreflightCheck missingImage(String what, String image) {
        Matcher m = CEOS_TAG.matcher(image);
        String archive = "cEOS64-lab-" + (m.matches() ? m.group(1) : "<version>") + ".tar.xz";
        return PreflightCheck.fail(what, "cEOS images are not on a public registry; download " + archive
                + " from arista.com (Software Downloads, cEOS-lab) and import it", "docker import " + archive + " " + image);
    }

    @Override
    public NetnsEmulation netns() {
        return NETNS;
    }

    private static Path startupConfig(RenderedTor tor) {
        return tor.startupConfigFile().orElseThrow(() -> new RenderedTorException("topology.clab.yaml: node " + tor.name()
                + " (cEOS) has no startup-config; re-render the lab"));
    }
}
