package dev.labforge.driver;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.FrrBgpPrefixParser;
import dev.labforge.probe.parse.FrrBgpSummaryParser;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.netns.config.RouterSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A ToR emulated by real FRR (zebra + bgpd) in its namespace: the platforms differ only in where the
 * FRR config comes from ({@code setup}) and in CLIs that exist on the real router but not here
 * ({@code refusedClis}: program name to the hint) and in how the platform names the interfaces the
 * namespace has ({@code routerName}: br10 is cEOS's Vlan10). BGP is read through {@code vtysh -N <ns>},
 * routes and interfaces from the kernel (what forwards packets), pings sent from inside the namespace.
 */
final class FrrEmulation implements NetnsEmulation {
    private final Function<RenderedTor, RouterSetup> setup;
    private final Map<String, String> refusedClis;
    private final TorShow show;

    FrrEmulation(Function<RenderedTor, RouterSetup> setup, Map<String, String> refusedClis, Function<String, String> routerName) {
        this.setup = setup;
        this.refusedClis = Map.copyOf(refusedClis);
        this.show = new Show(routerName);
    }

    /** The interfaces keep their Linux names (FRR's own). */
    FrrEmulation(Function<RenderedTor, RouterSetup> setup, Map<String, String> refusedClis) {
        this(setup, refusedClis, Function.identity());
    }

    @Override
    public RouterSetup setup(RenderedTor tor) {
        return setup.apply(tor);
    }

    @Override
    public boolean runsFrr() {
        return true;
    }

    @Override
    public TorShow show() {
        return show;
    }

    @Override
    public List<String> inNamespace(String ns, List<String> argv) {
        if (argv.isEmpty()) {
            throw new ExecUsageException("no command given");
        }
        String program = argv.get(0);
        if (refusedClis.containsKey(program)) {
            throw new ExecUsageException(refusedClis.get(program));
        }
        if (program.equals("vtysh")) {
            // vtysh finds the namespace's daemons by their pathspace; it still runs inside, for its ping and traceroute
            List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns, "vtysh", "-N", ns));
            cmd.addAll(argv.subList(1, argv.size()));
            return cmd;
        }
        return Commands.inNamespace(ns, argv);
    }

    @Override
    public Map<String, List<String>> diagnostics() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("show-bgp-summary.txt", Commands.vtysh("show bgp summary"));
        out.put("show-ip-route.txt", Commands.vtysh("show ip route"));
        return out;
    }

    private static final class Show implements TorShow {
        private final Function<String, String> routerName;

        Show(Function<String, String> routerName) {
            this.routerName = routerName;
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
            return Commands.kernelRoutes();
        }

        @Override
        public List<RouteEntry> parseRoutes(String output) {
            return IpRouteParser.parse(output);
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
            // numeric output and a 50 ms interval: a lab answers in microseconds
            return List.of("ping", "-n", "-c", Integer.toString(count), "-W", "1", "-i", "0.05", Commands.ipv4(address));
        }

        @Override
        public PingResult parsePing(String output) {
            return PingParser.parse(output);
        }

        /** iputils in the namespace: the packet's options go before the address. */
        @Override
        public List<String> pingCommand(String address, int count, dev.labforge.probe.PingPacket packet) {
            List<String> argv = new ArrayList<>(pingCommand(address, count));
            argv.addAll(argv.size() - 1, packet.pingOptions());
            return List.copyOf(argv);
        }

        @Override
        public List<String> interfacesCommand() {
            return Commands.kernelAddresses();
        }

        @Override
        public List<InterfaceState> parseInterfaces(String output) {
            return IpAddrParser.interfaces(output).stream()
                    .map(i -> new InterfaceState(routerName.apply(i.name()), i.mtu(), i.operstate(), i.adminUp(), i.ipv4())).toList();
        }
    }
}
