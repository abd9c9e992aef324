package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.config.VlanSetup;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Probes' view of a netns lab: FRR's {@code show bgp summary json} through vtysh, the kernel routing
 * tables with {@code ip -j route}, BIRD's {@code show protocols all} through its socket, and pings sent
 * from inside the router's or pod's namespace (never from the host namespace).
 */
public final class NetnsProbeTarget implements LabProbeTarget {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The pure parsers the probes use (dev.labforge.probe.parse); a seam so this class stays a thin command layer. */
    public interface Parsers {
        List<BgpPeerState> frrBgpSummary(String json);

        List<BgpPeerState> birdProtocols(String text);

        List<RouteEntry> ipRoutes(String json);

        PingResult ping(String target, String output);
    }

    private final CommandRunner runner;
    private final NetnsPaths paths;
    private final NetnsFabric fabric;
    private final Parsers parsers;

    public NetnsProbeTarget(CommandRunner runner, NetnsPaths paths, NetnsFabric fabric) {
        this(runner, paths, fabric, ProbeParsers.DEFAULT);
    }

    public NetnsProbeTarget(CommandRunner runner, NetnsPaths paths, NetnsFabric fabric, Parsers parsers) {
        this.runner = runner;
        this.paths = paths;
        this.fabric = fabric;
        this.parsers = parsers;
    }

    @Override
    public List<BgpPeerState> torBgpPeers() {
        String ns = fabric.torNs();
        return parse("show bgp summary json on " + fabric.plan().tor().name(),
                observe(List.of("vtysh", "-N", ns, "-c", "show bgp summary json")), parsers::frrBgpSummary);
    }

    @Override
    public List<RouteEntry> torRoutes() {
        return parse("ip route on " + fabric.plan().tor().name(),
                observe(List.of("ip", "-n", fabric.torNs(), "-j", "-4", "route", "show")), parsers::ipRoutes);
    }

    @Override
    public List<BgpPeerState> nodeBgpPeers(String node) {
        NodePlan n = node(node);
        return parse("birdc show protocols all on " + node,
                observe(List.of("birdc", "-s", paths.birdSocket(fabric.plan().lab(), n.name()).toString(), "show", "protocols",
                        "all")), parsers::birdProtocols);
    }

    @Override
    public List<RouteEntry> nodeRoutes(String node) {
        NodePlan n = node(node);
        return parse("ip route on " + node, observe(List.of("ip", "-n", fabric.nodeNs(n.name()), "-j", "-4", "route", "show")),
                parsers::ipRoutes);
    }

    @Override
    public String addressOf(String endpoint) {
        EmulationPlan plan = fabric.plan();
        if (endpoint.equals(plan.tor().name())) {
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

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count) {
        if (!dev.labforge.net.Ipv4.isValid(toAddress)) {
            throw new IllegalArgumentException("'" + toAddress + "' is not an IPv4 address");
        }
        String ns = namespaceOf(fromEndpoint);
        CommandResult r = runner.run(Command.of("ip", "netns", "exec", ns, "ping", "-n", "-c", Integer.toString(count), "-W", "1",
                "-i", "0.05", toAddress).withTimeout(Duration.ofSeconds(count + 5L)));
        if (r.timedOut()) {
            throw new ObservationException("ping " + toAddress + " from " + fromEndpoint + " timed out");
        }
        // Exit 1 (no reply) is an observation, not a failure to observe.
        try {
            return parsers.ping(toAddress, r.stdout());
        } catch (RuntimeException e) {
            throw new ObservationException("cannot read ping output from " + fromEndpoint + ": " + e.getMessage()
                    + "\n" + r.stdout() + r.stderr(), e);
        }
    }

    /** The namespace of the router, a node or a pod ({@code <workload>@<node>}). */
    String namespaceOf(String endpoint) {
        EmulationPlan plan = fabric.plan();
        if (endpoint.equals(plan.tor().name())) {
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
