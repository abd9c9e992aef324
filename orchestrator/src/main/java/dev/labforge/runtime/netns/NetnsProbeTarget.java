package dev.labforge.runtime.netns;

import dev.labforge.check.Side;
import dev.labforge.driver.NetnsEmulation;
import dev.labforge.driver.TorShow;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingPacket;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.BirdProtocolsParser;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.config.VlanSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Probes' view of a netns lab: the ToR through its platform emulation's show commands inside the router
 * namespace (FRR's {@code show bgp summary json} through vtysh, the kernel routing table), each node's
 * BIRD {@code show protocols all} through its control socket (spoken directly: {@link BirdControl}) and kernel
 * routes with {@code ip -j route}, and pings sent from inside the router's, node's or pod's namespace (never from the host namespace).
 */
public final class NetnsProbeTarget implements LabProbeTarget {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final NetnsFabric fabric;
    /** The ToR's emulation; empty in a lab without a ToR (it has no ToR checks and no router to ping from). */
    private final Optional<NetnsEmulation> tor;
    private final ProcessTable procs;

    public NetnsProbeTarget(CommandRunner runner, NetnsPaths paths, NetnsFabric fabric, ProcessTable procs) {
        this.runner = runner;
        this.paths = paths;
        this.fabric = fabric;
        this.tor = fabric.plan().tor().map(EmulationPlan.TorPlan::emulation);
        this.procs = procs;
    }

    /**
     * From pid files and the process table, no process started: a node's BIRD is down when its pid file or
     * control socket is missing or its pid is gone; the router's bgpd when its pid file names a pid that is gone
     * (a router without FRR has no such file, and nothing is said about it).
     */
    @Override
    public Optional<String> daemonDown(Side side, String on) {
        if (side == Side.TOR) {
            Path pidFile = paths.frrPid(fabric.torNs(), "bgpd");
            return Files.exists(pidFile) ? pidGone(on, "bgpd", pidFile) : Optional.empty();
        }
        String lab = fabric.plan().lab();
        Path pidFile = paths.birdPid(lab, node(on).name());
        if (!Files.exists(pidFile)) {
            return Optional.of(on + ": BIRD is not running (no pid file " + pidFile + ")");
        }
        Optional<String> gone = pidGone(on, "BIRD", pidFile);
        if (gone.isPresent()) {
            return gone;
        }
        Path socket = paths.birdSocket(lab, on);
        return Files.exists(socket) ? Optional.empty() : Optional.of(on + ": BIRD has no control socket (" + socket + " is gone)");
    }

    /** The router's zebra and bgpd when its emulation runs FRR (none for a kernel-only router), a node's BIRD. */
    @Override
    public java.util.Map<String, Optional<String>> daemons(Side side, String on) {
        java.util.Map<String, Optional<String>> out = new java.util.LinkedHashMap<>();
        if (side == Side.NODE) {
            out.put("BIRD", daemonDown(side, on));
        } else if (side == Side.TOR && tor.filter(NetnsEmulation::runsFrr).isPresent()) {
            for (String daemon : List.of("zebra", "bgpd")) {
                Path pidFile = paths.frrPid(fabric.torNs(), daemon);
                out.put(daemon, Files.exists(pidFile) ? pidGone(on, daemon, pidFile)
                        : Optional.of(on + ": " + daemon + " is not running (no pid file " + pidFile + ")"));
            }
        }
        return out;
    }

    private Optional<String> pidGone(String on, String daemon, Path pidFile) {
        String text;
        try {
            text = Files.readString(pidFile).strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!text.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(text);
        return procs.alive(pid) ? Optional.empty() : Optional.of(on + ": " + daemon + " is not running (pid " + pid + " gone)");
    }

    @Override
    public List<BgpPeerState> torBgpPeers() {
        TorShow show = emulation().show();
        return parse("BGP summary on " + torName(), observe(onTor(show.bgpSummaryCommand())),
                show::parseBgpSummary);
    }

    @Override
    public List<RouteEntry> torRoutes() {
        TorShow show = emulation().show();
        return parse("routes on " + torName(), observe(onTor(show.routesCommand())), show::parseRoutes);
    }

    /** The emulation's BGP prefix command in the router namespace (FRR: show bgp ipv4 unicast <cidr> json). */
    @Override
    public BgpPrefixPaths torBgpPrefix(String prefix) {
        TorShow show = emulation().show();
        if (!show.runsBgp()) {
            throw new ObservationException(torName() + " runs no BGP: it has no BGP paths to show");
        }
        return parse("BGP paths of " + prefix + " on " + torName(), observe(onTor(show.bgpPrefixCommand(prefix))),
                out -> show.parseBgpPrefix(prefix, out));
    }

    @Override
    public List<BgpPeerState> nodeBgpPeers(String node) {
        NodePlan n = node(node);
        // Through BIRD's socket, as birdc would, without starting birdc.
        return parse("show protocols all on " + node,
                BirdControl.ask(paths.birdSocket(fabric.plan().lab(), n.name()), "show protocols all", TIMEOUT),
                BirdProtocolsParser::parse);
    }

    @Override
    public List<RouteEntry> nodeRoutes(String node) {
        NodePlan n = node(node);
        return parse("ip route on " + node, observe(List.of("ip", "-n", fabric.nodeNs(n.name()), "-j", "-4", "route", "show")),
                IpRouteParser::parse);
    }

    @Override
    public String addressOf(String endpoint) {
        EmulationPlan plan = fabric.plan();
        if (isTor(endpoint)) {
            // The router answers on its first SVI.
            return plan.router().vlans().stream().map(VlanSetup::sviCidr).filter(c -> c != null).findFirst()
                    .map(c -> c.substring(0, c.indexOf('/')))
                    .orElseThrow(() -> new ObservationException(endpoint + " has no SVI address"));
        }
        Optional<NodePlan> node = plan.node(endpoint);
        if (node.isPresent()) {
            return node.get().ip();
        }
        return plan.pod(endpoint).map(PodPlan::ip).orElseThrow(() -> new UnknownTargetException(endpoint, plan.targets()));
    }

    /** {@code ip -j -4 addr show dev eth0} in the pod's namespace. */
    @Override
    public List<String> podAddresses(String pod) {
        PodPlan p = fabric.plan().pod(pod).orElseThrow(() -> new UnknownTargetException(pod, fabric.plan().targets()));
        return parse("addresses of " + pod, observe(List.of("ip", "-n", fabric.podNs(p), "-j", "-4", "addr", "show", "dev", "eth0")),
                out -> IpAddrParser.ipv4ByInterface(out).getOrDefault("eth0", List.of()));
    }

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count) {
        return ping(fromEndpoint, toAddress, count, PingPacket.DEFAULT, Duration.ofSeconds(count + 5L));
    }

    /** The ping process is killed after {@code limit} (at most its usual {@code count} + 5 s). */
    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count, PingPacket packet, Duration limit) {
        if (!dev.labforge.net.Ipv4.isValid(toAddress)) {
            throw new IllegalArgumentException("'" + toAddress + "' is not an IPv4 address");
        }
        boolean fromTor = isTor(fromEndpoint);
        List<String> argv;
        if (fromTor) {
            try {
                argv = onTor(emulation().show().pingCommand(toAddress, count, packet));
            } catch (dev.labforge.driver.NotOnThisPlatformException e) {
                throw new ObservationException(e.getMessage());
            }
        } else {
            List<String> ping = new java.util.ArrayList<>(List.of("ip", "netns", "exec", namespaceOf(fromEndpoint), "ping", "-n", "-c",
                    Integer.toString(count), "-W", "1", "-i", "0.05"));
            ping.addAll(packet.pingOptions());
            ping.add(toAddress);
            argv = List.copyOf(ping);
        }
        Duration usual = Duration.ofSeconds(count + 5L);
        CommandResult r = runner.run(Command.of(argv).withTimeout(limit.compareTo(usual) < 0 ? limit : usual));
        if (r.timedOut()) {
            throw new ObservationException("ping " + toAddress + " from " + fromEndpoint + " timed out after "
                    + dev.labforge.wait.Durations.text(r.took()));
        }
        // Exit 1 (no reply) is an observation, not a failure to observe; iputils' own errors
        // ("connect: Network is unreachable", "local error: message too long, mtu=1450") come on stderr.
        String output = r.stdout().isBlank() ? r.stderr() : r.stdout();
        try {
            return fromTor ? emulation().show().parsePing(output) : PingParser.parse(r.stdout(), r.stderr());
        } catch (RuntimeException e) {
            throw new ObservationException("cannot read ping output from " + fromEndpoint + ": " + e.getMessage()
                    + "\n" + r.stdout() + r.stderr(), e);
        }
    }

    /**
     * The ToR's interfaces through its emulation (named as its platform names them: br10 is cEOS's Vlan10),
     * or a node's or pod's by {@code ip -j addr show} in its namespace.
     */
    @Override
    public List<InterfaceState> interfaces(Side side, String on) {
        if (side == Side.TOR) {
            TorShow show = emulation().show();
            return parse("interfaces on " + on, observe(onTor(show.interfacesCommand())), show::parseInterfaces);
        }
        return parse("interfaces on " + on, observe(List.of("ip", "-n", namespaceOf(on), "-j", "addr", "show")),
                IpAddrParser::interfaces);
    }

    /** A show command of the ToR's emulation, run in the router namespace. */
    private List<String> onTor(List<String> argv) {
        return emulation().inNamespace(fabric.torNs(), argv);
    }

    private NetnsEmulation emulation() {
        return tor.orElseThrow(() -> new ObservationException("lab " + fabric.plan().lab() + " has no ToR"));
    }

    private String torName() {
        return fabric.plan().tor().orElseThrow().name();
    }

    private boolean isTor(String endpoint) {
        return fabric.plan().tor().filter(t -> t.name().equals(endpoint)).isPresent();
    }

    /** The namespace of the router, a node or a pod ({@code <workload>@<node>}). */
    String namespaceOf(String endpoint) {
        EmulationPlan plan = fabric.plan();
        if (isTor(endpoint)) {
            return fabric.torNs();
        }
        if (plan.node(endpoint).isPresent()) {
            return fabric.nodeNs(endpoint);
        }
        return plan.pod(endpoint).map(fabric::podNs).orElseThrow(() -> new UnknownTargetException(endpoint, plan.targets()));
    }

    private NodePlan node(String name) {
        return fabric.plan().node(name).orElseThrow(() -> new UnknownTargetException(name,
                fabric.plan().nodes().stream().map(NodePlan::name).toList()));
    }

    private String observe(List<String> argv) {
        CommandResult r = runner.run(Command.of(argv).withTimeout(TIMEOUT));
        if (!r.ok()) {
            throw new ObservationException("`" + r.command().display() + "` failed: " + r.tail(3));
        }
        return r.stdout();
    }

    private static <T> T parse(String what, String output, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(output);
        } catch (ObservationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ObservationException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
